package io.partybranch.reporting.model;

import io.partybranch.common.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A branch's work summary for a period: its sections (generated text and the secretary's narrative), figures, status and versions")
public record WorkSummaryResponse(UUID id, UUID branchId, String branchName, @Schema(example = "2025-S1") String period,
        @Schema(example = "2025学年第一学期") String periodLabel, LocalDate from, LocalDate to,
        @Schema(description = "DRAFT, SUBMITTED, RETURNED or ACCEPTED") String status, long version, String title,
        @Schema(description = "Time of the latest event behind the figures the summary holds") OffsetDateTime asOf,
        List<Section> sections, @Schema(description = "The figures the summary states, by label") Map<String, String> figures,
        @Schema(description = "Figures the records now give differently (a draft or returned summary only): refresh to take them") List<FigureChange> staleFigures,
        @Schema(description = "The deadline set above the branch for the period") LocalDate dueOn,
        @Schema(description = "First submitted after the deadline") boolean late, OffsetDateTime firstSubmittedAt,
        List<Version> versions) implements Versioned {

    public record Section(@Schema(example = "BASICS") String section, @Schema(example = "一、基本情况") String heading,
            @Schema(description = "Paragraphs generated from the records") List<String> generated,
            @Schema(description = "The secretary's Markdown, or null") String narrative) {
    }

    public record FigureChange(@Schema(example = "党员") String figure, @Schema(example = "6") String was,
            @Schema(example = "7") String now) {
    }

    @Schema(name = "WorkSummaryVersion")
    public record Version(int number, OffsetDateTime submittedAt, String submittedBy, String submittedRole,
            @Schema(description = "asOf of the figures frozen in this version") OffsetDateTime figuresAsOf,
            @Schema(description = "SHA-256 of the stored .docx, the same on every download") String docxSha256,
            @Schema(description = "ACCEPTED, RETURNED, or null while under review") String decision, String decidedBy, String decidedRole,
            OffsetDateTime decidedAt, String comment) {
    }
}
