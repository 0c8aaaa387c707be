package io.partybranch.reporting.service;

import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.config.DueAnnouncementConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells integrating systems when a branch's due item enters its lead time: every
 * {@code reporting.due.announcements.every}, all branches are walked in pages of
 * {@code page-size} (each page its own transaction, see {@link DueAnnouncer}), on one business day
 * for the whole run. Each occurrence is announced once, however often this runs.
 */
@ApplicationScoped
public class DueAnnouncements {

    private static final Logger LOG = Logger.getLogger(DueAnnouncements.class);

    @Inject
    DueAnnouncer announcer;

    @Inject
    DueAnnouncementConfig config;

    @Scheduled(every = "${reporting.due.announcements.every:1h}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int announced = announce();
            if (announced > 0) {
                LOG.infof("announced %d due items coming due", announced);
            }
        } catch (RuntimeException e) {
            // The page that failed rolled back whole; the next run takes it again.
            LOG.errorf(e, "announcing due items failed (%s); the next run tries again", e.getClass().getSimpleName());
        }
    }

    /** One run over every branch; @return how many announcements it published. */
    @ActivateRequestContext
    public int announce() {
        LocalDate today = BusinessCalendar.today();
        UUID after = null;
        int announced = 0;
        while (true) {
            DueAnnouncer.Page page = announcer.announce(after, today, config.pageSize());
            announced += page.announced();
            if (!page.lockHeld() || page.last() == null) {
                return announced;
            }
            after = page.last();
        }
    }
}
