package io.partybranch.activities.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.partybranch.activities.domain.AttendanceStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a branch records when an activity was held, and what it reads back. */
public final class ActivityRecordModels {

    private ActivityRecordModels() {
    }

    @Schema(name = "ActivityRecordRequest", description = "The record of a held activity. Expected attendees (应到) missing from attendance count as ABSENT.")
    public record RecordRequest(
            @NotNull @PastOrPresent @Schema(example = "2026-09-08") LocalDate heldOn,
            @Schema(example = "15:30:00") LocalTime startTime,
            @Schema(example = "16:30:00") LocalTime endTime,
            @Size(max = 200) @Schema(example = "党员活动室") String place,
            @Schema(description = "主持人") UUID hostMemberId,
            @Schema(description = "记录人") UUID recorderMemberId,
            @Size(max = 100) @Schema(description = "Speaker or lecturer (主讲人)", example = "林安然") String speaker,
            @Size(max = 20) @Schema(description = "Documents studied") List<@NotBlank @Size(max = 200) String> documents,
            @Size(max = 20000) @Schema(description = "会议记录") String minutes,
            @Size(max = 5000) @Schema(description = "决议") String resolutions,
            @NotNull @Size(max = 500) @Valid List<AttendanceEntry> attendance,
            @Size(max = 100) @Schema(description = "Guests who are not members, by name") List<@NotBlank @Size(max = 100) String> guests,
            @Valid @Schema(description = "Required for HEART_TO_HEART_TALK") Talk talk,
            @Valid @Schema(description = "Required for PAIRING") Pairing pairing,
            @Valid @Schema(description = "Required for MAJOR_DECISION") Decision decision) {
    }

    @Schema(name = "Talk", description = "谈心谈话: a committee member talks with a member")
    public record Talk(@NotNull UUID committeeMemberId, @NotNull UUID memberId,
            @Size(max = 2000) @Schema(description = "What was talked about, as the member agreed to record it") String summary) {
    }

    @Schema(name = "Pairing", description = "结对帮扶: a member paired with a young teacher (by name) or a pupil (only by pseudonymous reference)")
    public record Pairing(@NotNull UUID memberId,
            @NotNull @Pattern(regexp = "YOUNG_TEACHER|PUPIL", message = "must be YOUNG_TEACHER or PUPIL") String partnerKind,
            @Size(max = 50) @Schema(description = "A young teacher's name; never a pupil's") String partnerName,
            @Pattern(regexp = "^[A-Za-z][A-Za-z0-9-]{3,39}$", message = "must be a pseudonymous reference (letters, digits, dashes; starting with a letter), never a name or ID") @Schema(description = "The school's pseudonymous reference of a pupil", example = "P-2026-0417") String pupilReference) {
    }

    @Schema(name = "Decision", description = "三重一大: the category and each stage with its date, in order (支委会 → 行政会 → 教代会)")
    public record Decision(
            @NotNull @Pattern(regexp = "MAJOR_DECISION|IMPORTANT_PERSONNEL|MAJOR_PROJECT|LARGE_FUNDS", message = "must be MAJOR_DECISION, IMPORTANT_PERSONNEL, MAJOR_PROJECT or LARGE_FUNDS") String category,
            @NotEmpty @Size(max = 3) @Valid List<DecisionStage> stages) {
    }

    @Schema(name = "DecisionStage")
    public record DecisionStage(
            @NotNull @Pattern(regexp = "COMMITTEE|ADMINISTRATION|STAFF_CONGRESS", message = "must be COMMITTEE, ADMINISTRATION or STAFF_CONGRESS") String stage,
            @NotNull @PastOrPresent LocalDate decidedOn) {
    }

    @Schema(name = "AttendanceEntry")
    public record AttendanceEntry(@NotNull UUID memberId, @NotNull @Schema(example = "EXCUSED") AttendanceStatus status,
            @Size(max = 300) @Schema(description = "Required for EXCUSED", example = "外出培训") String reason) {
    }

    @Schema(name = "CancellationRequest")
    public record CancellationRequest(@NotBlank @Size(max = 500) @Schema(example = "台风停课") String reason) {
    }

    @Schema(name = "AttendanceFigures", description = "应到 / 实到, rate and quorum as stored with the record")
    public record Figures(
            @Schema(description = "应到: expected attendees on the activity's date", example = "21") int expected,
            @Schema(description = "实到: expected attendees present", example = "19") int present,
            @Schema(example = "0.9048") BigDecimal attendanceRate,
            @Schema(description = "General meetings: full members expected (probationary members do not vote)") Integer votingExpected,
            Integer votingPresent,
            @Schema(description = "More than half present (of voting members for a general meeting, of the committee for a committee meeting); null where no quorum applies") Boolean quorumMet) {
    }

    @Schema(name = "AttendanceRecord")
    public record AttendanceRecord(UUID memberId, String fullName, AttendanceStatus status,
            @Schema(example = "请假") String statusLabel, String reason,
            @Schema(description = "Whether the member was expected (应到) rather than sitting in") boolean expected) {
    }

    @Schema(name = "AttendanceSheet")
    public record AttendanceSheet(Figures figures, List<AttendanceRecord> members, List<String> guests) {
    }

    @Schema(name = "ActivityRevision", description = "An earlier version of a corrected activity")
    public record Revision(long version, String changedBy, OffsetDateTime changedAt,
            @Schema(description = "The activity and its attendance as they were") JsonNode snapshot) {
    }
}
