package io.partybranch.activities.model;

import io.partybranch.activities.domain.ImportJob;
import io.partybranch.activities.domain.ImportJobStatus;
import io.partybranch.common.http.Problem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ImportJobModels {

    private ImportJobModels() {
    }

    @Schema(name = "ImportJob", description = "An import running as a job: QUEUED, RUNNING (checked of total requests tried), then SUCCEEDED "
            + "with the ids recorded, or FAILED with the problem a synchronous import would have answered (nothing recorded)")
    public record ImportJobResponse(UUID id, @Schema(example = "HELD_ACTIVITIES") String kind, ImportJobStatus status,
            @Schema(description = "Requests in the file (activities, evaluation rounds)", example = "120") int total,
            @Schema(description = "Requests checked against the rules so far", example = "45") int checked,
            @Schema(description = "The ids recorded, in file order, once SUCCEEDED") List<UUID> recorded,
            @Schema(description = "Why the file was refused, once FAILED") Problem problem,
            OffsetDateTime createdAt, OffsetDateTime finishedAt) {

        public static ImportJobResponse of(ImportJob job) {
            return new ImportJobResponse(job.id(), job.kind().name(), job.status(), job.total(), job.checked(), job.recorded(),
                    job.problem(),
                    job.createdAt(), job.finishedAt());
        }
    }
}
