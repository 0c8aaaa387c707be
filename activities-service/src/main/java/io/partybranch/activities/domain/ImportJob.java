package io.partybranch.activities.domain;

import io.partybranch.common.http.Problem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import run as a job, as its caller reads it: how far the check has come ({@code checked} of
 * {@code total} requests), and at the end the ids recorded or the problem that refused the file.
 *
 * @param problem the refusal as problem+json would render it, when FAILED
 */
public record ImportJob(UUID id, Kind kind, ImportJobStatus status, int total, int checked, List<UUID> recorded,
        Problem problem, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    /** What a job imports; each has its own status endpoint under its resource. */
    public enum Kind {
        HELD_ACTIVITIES, EVALUATIONS
    }
}
