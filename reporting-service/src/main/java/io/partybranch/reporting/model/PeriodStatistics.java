package io.partybranch.reporting.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeriodStatistics", description = "A branch's figures for a period, every one recomputable from the stored facts")
public record PeriodStatistics(
        UUID organizationId,
        String organizationName,
        @Schema(example = "2025-09-01") LocalDate from,
        @Schema(example = "2026-01-31") LocalDate to,
        @Schema(example = "2025学年第一学期") String periodLabel,
        Members members,
        Map<String, ActivityFigures> activities,
        @Schema(description = "Each member expected at the period's held activities, those who missed most first") List<MemberAttendance> attendanceByMember,
        Compliance compliance,
        Committee committee,
        Evaluations evaluations,
        Honours honours,
        @Schema(description = "The branch's party dues in the period, month by month") DuesStatistics dues,
        @Schema(description = "Time of the latest event applied for this branch") OffsetDateTime asOf) {

    @Schema(name = "PeriodMembers", description = "People of the branch at the end of the period, by their status on that date")
    public record Members(
            @Schema(description = "Party members (probationary included) at the period's end", example = "21") long partyMembers,
            Map<String, Long> byStatus, Map<String, Long> byState, Map<String, Long> byGender, Map<String, Long> byEducation,
            @Schema(description = "Age at the period's end: <30, 30-39, 40-49, 50-59, 60+") Map<String, Long> byAgeBand,
            @Schema(description = "党龄 at the period's end: <5, 5-9, 10-19, 20+") Map<String, Long> byPartyStanding,
            @Schema(description = "Members attached from another unit") long attached,
            @Schema(description = "Admitted (入党) in the period") long joined,
            @Schema(description = "Converted (转正) in the period") long converted,
            long transfersIn, long transfersOut) {
    }

    @Schema(name = "ActivityFigures", description = "Held activities of one type: attendance rate is present over expected, summed over them")
    public record ActivityFigures(@Schema(example = "5") long held, @Schema(description = "应到, summed", example = "105") long expected,
            @Schema(description = "实到, summed", example = "98") long present, @Schema(example = "0.9333") BigDecimal attendanceRate,
            @Schema(description = "Mean of the activities' own rates", example = "0.9333") BigDecimal averageAttendanceRate) {
    }

    @Schema(name = "MemberAttendance")
    public record MemberAttendance(UUID memberId, String fullName,
            @Schema(description = "Held activities the member was expected at") long expected,
            long present, @Schema(description = "请假") long excused, @Schema(description = "缺席") long absent, BigDecimal rate) {
    }

    @Schema(name = "PeriodCommittee", description = "The committee in office on the period's last day, with its posts then")
    public record Committee(UUID committeeId, LocalDate electedOn, LocalDate termEndsOn, List<PostHolder> posts) {
    }

    @Schema(name = "PostHolder")
    public record PostHolder(UUID memberId, String fullName, @Schema(example = "ORGANIZATION") String post,
            @Schema(example = "组织委员") String postLabel) {
    }

    @Schema(name = "PeriodEvaluations", description = "Democratic evaluations held in the period and the trust ballots taken at them")
    public record Evaluations(List<EvaluationRound> rounds,
            @Schema(description = "Grades summed over the rounds: EXCELLENT, QUALIFIED, BASICALLY_QUALIFIED, UNQUALIFIED") Map<String, Long> grades,
            List<TrustRate> trust,
            @Schema(description = "Trusted over ballots, summed over the committee", example = "0.9524") BigDecimal trustRate) {
    }

    @Schema(name = "EvaluationRound")
    public record EvaluationRound(UUID evaluationId, @Schema(example = "2025年度") String period, LocalDate heldOn,
            Map<String, Long> distribution) {
    }

    @Schema(name = "TrustRate")
    public record TrustRate(UUID memberId, String fullName, long ballots, long trusted, BigDecimal rate) {
    }

    @Schema(name = "PeriodHonours", description = "Honours awarded in the period (by date, or by year when undated: counted in the period holding 31 December)")
    public record Honours(@Schema(description = "SCHOOL, TOWN, DISTRICT, CITY, PROVINCE, NATIONAL") Map<String, Long> byLevel,
            long sanctions, List<Honour> honours) {
    }

    @Schema(name = "PeriodHonour")
    public record Honour(String title, @Schema(example = "DISTRICT") String level, int year, LocalDate awardedOn,
            @Schema(description = "The member's name, or the organisation's") String recipient) {
    }

    @Schema(name = "Compliance", description = "三会一课 and the other required cadences: each unit met or missed")
    public record Compliance(@Schema(example = "0.8824") BigDecimal rate, long met, long required, List<Cadence> cadences) {
    }

    @Schema(name = "Cadence")
    public record Cadence(@Schema(example = "COMMITTEE_MEETING") String type, @Schema(example = "MONTH") String every,
            @Schema(description = "Set for cadences every party group must keep") UUID partyGroupId,
            long met, long required, List<Unit> units) {
    }

    @Schema(name = "CadenceUnit")
    public record Unit(@Schema(example = "2025-10") String unit, LocalDate from, LocalDate to, boolean met) {
    }
}
