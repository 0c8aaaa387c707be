package io.partybranch.reporting.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a branch owes before it is missed, soonest first; dates in business time (Asia/Shanghai)")
public record DueList(UUID branchId, String branchName, LocalDate today, List<Item> items) {

    @Schema(name = "DueItem")
    public record Item(@Schema(enumeration = {
            "CADENCE", "PLANNED_ACTIVITY", "DEVELOPMENT", "TERM", "SUMMARY"}) String kind,
            @Schema(example = "本月支部委员会尚未召开，剩余5天") String text, LocalDate dueOn,
            @Schema(description = "Days from today to dueOn; negative when overdue", example = "5") long daysLeft,
            @Schema(description = "Inside its lead time (reporting.due.lead-days) or overdue") boolean urgent,
            @Schema(description = "Activity type, alert kind or period, by kind", example = "COMMITTEE_MEETING") String type,
            @Schema(description = "The party group or branch holding a cadence, the activity, member, committee, or the organisation that set a summary deadline") UUID reference){
    }
}
