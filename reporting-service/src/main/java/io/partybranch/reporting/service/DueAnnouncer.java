package io.partybranch.reporting.service;

import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.DueItem;
import io.partybranch.reporting.events.OutgoingContracts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One page of the announcing job, in one transaction: for a page of branches (by id, after the last
 * page's), every due item inside its lead time and not yet due is recorded in {@code due_announcement}
 * and, where that row is new, published as {@code due-item.coming-due.v1} through the outbox. The row and
 * its outbox row commit together; the table's key makes a second announcement of the same occurrence a
 * no-op, whichever instance or run tries it.
 */
@ApplicationScoped
@Transactional
public class DueAnnouncer {

    /** Advisory lock namespace (the outbox relay uses 7001); the second key is the schema's hash. */
    private static final int LOCK_CLASS = 7002;

    @Inject
    BulkSql sql;

    @Inject
    DueService due;

    @Inject
    EventPublisher events;

    @Inject
    CallerScope caller;

    /**
     * @param lockHeld false when another instance is announcing a page right now (this one then stops its run)
     * @param last the last branch of the page, or null when there were no more branches
     */
    public record Page(boolean lockHeld, UUID last, int announced) {
    }

    private record Branch(UUID id, String name, String districtCode) {
    }

    private record Announcement(UUID id, Branch branch, DueItem item) {
    }

    public Page announce(UUID after, LocalDate today, int size) {
        if (!sql.query("select pg_try_advisory_xact_lock(?, hashtext(current_schema()))", row -> row.getBoolean(1), LOCK_CLASS).get(0)) {
            return new Page(false, after, 0);
        }
        // A job has no caller: it looks at every branch, as the consumers do.
        return caller.unscoped(() -> {
            List<Branch> branches = sql.query("""
                    select id, name, district_code from organization_view
                    where type in ('BRANCH', 'JOINT_BRANCH') and (cast(? as uuid) is null or id > ?) order by id limit ?""",
                    row -> new Branch((UUID) row.getObject(1), row.getString(2), row.getString(3)), after, after, size);
            if (branches.isEmpty()) {
                return new Page(true, null, 0);
            }
            List<Announcement> candidates = new ArrayList<>();
            for (Branch branch : branches) {
                for (DueItem item : due.forBranch(branch.id(), today).items()) {
                    if (comingDue(item)) {
                        candidates.add(new Announcement(UUID.randomUUID(), branch, item));
                    }
                }
            }
            Set<UUID> recorded = record(candidates, today);
            for (Announcement announcement : candidates) {
                if (recorded.contains(announcement.id())) {
                    publish(announcement, today);
                }
            }
            return new Page(true, branches.getLast().id(), recorded.size());
        });
    }

    /** Inside its lead time and not yet past: an item already overdue when first seen missed its warning, and is not announced late. */
    static boolean comingDue(DueItem item) {
        return item.urgent() && item.daysLeft() >= 0 && item.reference() != null;
    }

    /** The announcements whose occurrence was not yet recorded, by id: one statement for the page. */
    private Set<UUID> record(List<Announcement> candidates, LocalDate today) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        int n = candidates.size();
        UUID[] ids = new UUID[n];
        UUID[] branches = new UUID[n];
        String[] kinds = new String[n];
        String[] types = new String[n];
        UUID[] references = new UUID[n];
        LocalDate[] dueOn = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            Announcement a = candidates.get(i);
            ids[i] = a.id();
            branches[i] = a.branch().id();
            kinds[i] = a.item().kind();
            types[i] = a.item().type();
            references[i] = a.item().reference();
            dueOn[i] = a.item().dueOn();
        }
        OffsetDateTime now = BusinessCalendar.now();
        return new HashSet<>(sql.query(
                """
                        insert into due_announcement (id, branch_id, kind, type, reference, due_on, announced_on, announced_at)
                        select a.id, a.branch_id, a.kind, a.type, a.reference, a.due_on, cast(? as date), cast(? as timestamptz)
                        from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::date[]) as a(id, branch_id, kind, type, reference, due_on)
                        on conflict do nothing
                        returning id""",
                row -> (UUID) row.getObject(1), today, now, ids, branches, kinds, types, references, dueOn));
    }

    private void publish(Announcement a, LocalDate today) {
        DueItem item = a.item();
        events.publish(OutgoingContracts.DUE_ITEM_COMING_DUE, a.id(), a.branch().id(), new OutgoingContracts.DueItemState(a.id(),
                a.branch().id(), a.branch().name(), a.branch().districtCode(), item.kind(), item.type(), item.reference(), item.text(),
                item.dueOn(), item.daysLeft(), today));
    }
}
