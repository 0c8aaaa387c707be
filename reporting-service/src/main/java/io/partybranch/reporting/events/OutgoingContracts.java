package io.partybranch.reporting.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What reporting publishes on reporting.events (deploy/asyncapi/platform-events.yaml): a summary's state
 * after each step of its review, and a branch's due item once it enters its lead time.
 */
public final class OutgoingContracts {

    public static final String SUMMARY_SUBMITTED = "work-summary.submitted.v1";
    public static final String SUMMARY_RETURNED = "work-summary.returned.v1";
    public static final String SUMMARY_ACCEPTED = "work-summary.accepted.v1";
    public static final String DUE_ITEM_COMING_DUE = "due-item.coming-due.v1";

    private OutgoingContracts() {
    }

    /**
     * The full state of a summary's review. {@code submission} is the number of the version submitted or
     * decided on; {@code version} rises with every change of the summary, so a consumer keeps the newest.
     */
    public record SummaryState(UUID summaryId, UUID branchId, String branchName, String districtCode, String period, String periodLabel,
            String status, int submission, OffsetDateTime figuresAsOf, String docxSha256, LocalDate dueOn, boolean late,
            String actorRole, String comment, OffsetDateTime at, long version) {
    }

    /**
     * A due item of a branch that has entered its lead time, announced once per occurrence: {@code kind},
     * {@code type}, {@code reference} and {@code dueOn} name the occurrence, as in GET …/due.
     * {@code announcementId} is the event's subject.
     */
    public record DueItemState(UUID announcementId, UUID branchId, String branchName, String districtCode, String kind, String type,
            UUID reference, String text, LocalDate dueOn, long daysLeft, LocalDate announcedOn) {
    }
}
