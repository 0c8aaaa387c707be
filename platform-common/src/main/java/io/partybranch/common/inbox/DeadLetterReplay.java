package io.partybranch.common.inbox;

import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Lists a consumer's dead letters and replays them through the same decoding, inbox and appliers as
 * live records: a replay of something already applied changes nothing, one that still fails stays
 * open with the new reason.
 */
@ApplicationScoped
public class DeadLetterReplay {

    public static final int MAX_REPLAY_ALL = 10_000;

    @Inject
    DeadLetters deadLetters;

    @Inject
    BatchInbox inbox;

    @Inject
    Rebuilds rebuilds;

    @Schema(name = "DeadLetterReplay")
    public record Replayed(
            @Schema(enumeration = {
                    "APPLIED", "ALREADY_APPLIED", "STILL_FAILING"}) String outcome,
            DeadLetterView deadLetter){
    }

    @Schema(name = "DeadLetterReplayAll")
    public record ReplayedAll(int replayed, int applied, int alreadyApplied, int stillFailing,
            @Schema(description = "Open dead letters left after this call (replay again to go on)") long remainingOpen) {
    }

    public PageResponse<DeadLetterView> list(EventConsumer<?> consumer, boolean open, PageQuery page) {
        return QuarkusTransaction.requiringNew().call(() -> page.toResponse(
                deadLetters.list(consumer.name(), open, page.page, page.size).stream().map(DeadLetterView::of).toList(),
                deadLetters.count(consumer.name(), open)));
    }

    public DeadLetterView get(EventConsumer<?> consumer, UUID id) {
        return DeadLetterView.of(find(consumer, id));
    }

    public Replayed replay(EventConsumer<?> consumer, UUID id) {
        refuseDuringRebuild(consumer);
        DeadLetters.Row row = find(consumer, id);
        if (row.resolvedAt() != null) {
            return new Replayed(DeadLetters.ALREADY_APPLIED, DeadLetterView.of(row));
        }
        String outcome = replay(consumer, row);
        return new Replayed(outcome, DeadLetterView.of(find(consumer, id)));
    }

    /** Replays open dead letters oldest first, up to {@code limit} of them. */
    public ReplayedAll replayAll(EventConsumer<?> consumer, int limit) {
        refuseDuringRebuild(consumer);
        int applied = 0;
        int already = 0;
        int failing = 0;
        OffsetDateTime after = null;
        UUID afterId = null;
        int replayed = 0;
        while (replayed < limit) {
            OffsetDateTime from = after;
            UUID fromId = afterId;
            List<DeadLetters.Row> rows = QuarkusTransaction.requiringNew()
                    .call(() -> deadLetters.openAfter(consumer.name(), from, fromId, 100));
            if (rows.isEmpty()) {
                break;
            }
            for (DeadLetters.Row row : rows) {
                if (replayed == limit) {
                    break;
                }
                switch (replay(consumer, row)) {
                    case DeadLetters.APPLIED -> applied++;
                    case DeadLetters.ALREADY_APPLIED -> already++;
                    default -> failing++;
                }
                replayed++;
                after = row.deadLetteredAt();
                afterId = row.id();
            }
        }
        long remaining = QuarkusTransaction.requiringNew().call(() -> deadLetters.count(consumer.name(), true));
        return new ReplayedAll(replayed, applied, already, failing, remaining);
    }

    private String replay(EventConsumer<?> consumer, DeadLetters.Row row) {
        BatchInbox.Item item;
        try {
            item = inbox.decode(consumer, row.record());
        } catch (BatchInbox.TransientFailure e) {
            throw unavailable(e.failure());
        }
        if (item.poison != null) {
            Failures.Classified reason = item.poison;
            QuarkusTransaction.requiringNew().run(() -> deadLetters.stillFailing(row.id(), reason));
            return "STILL_FAILING";
        }
        try {
            return QuarkusTransaction.requiringNew().timeout(inbox.timeoutSeconds()).call(() -> {
                BatchInbox.Outcome outcome = inbox.applyWithin(consumer, List.of(item), false);
                String resolution = outcome.applied() + outcome.ignored() > 0 ? DeadLetters.APPLIED : DeadLetters.ALREADY_APPLIED;
                deadLetters.resolve(row.id(), resolution);
                return resolution;
            });
        } catch (RuntimeException e) {
            Failures.Classified failure = Failures.classify(e);
            if (failure.isTransient()) {
                throw unavailable(failure);
            }
            QuarkusTransaction.requiringNew().run(() -> deadLetters.stillFailing(row.id(), failure));
            return "STILL_FAILING";
        }
    }

    private DeadLetters.Row find(EventConsumer<?> consumer, UUID id) {
        DeadLetters.Row row = QuarkusTransaction.requiringNew().call(() -> deadLetters.find(consumer.name(), id));
        if (row == null) {
            throw ProblemException.notFound("Dead letter", id);
        }
        return row;
    }

    private void refuseDuringRebuild(EventConsumer<?> consumer) {
        RebuildStatus running = rebuilds.running(consumer.name());
        if (running != null) {
            throw ProblemException.conflict("rebuild-running", "重建进行中，请稍后重放",
                    "A rebuild of " + consumer.name() + " is running (" + running.recordsDone() + " of " + running.recordsTotal()
                            + " records); replay once it has finished");
        }
    }

    private static ProblemException unavailable(Failures.Classified failure) {
        return new ProblemException(503, "/problems/unavailable", "服务暂不可用，请稍后重试",
                "The replay met a transient failure (" + failure.code() + "); nothing changed, try again", null);
    }
}
