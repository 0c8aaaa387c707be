package io.partybranch.reporting.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.document.Document;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.Rates;
import io.partybranch.reporting.domain.SummarySection;
import io.partybranch.reporting.mapping.SummaryContents;
import io.partybranch.reporting.repository.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A district's summary built from what its branches sent up and had accepted for a named period: the
 * frozen figures and the secretaries' own narratives of each accepted version, not the records as they
 * stand now; and the branches that have no accepted summary, named with where theirs stands. The
 * subtree's branches are read through the closure table a bounded page at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AcceptedDistrictSummary {

    private static final int PAGE = 500;
    private static final String COMPLIANCE = "“三会一课”应落实/已落实";

    @Inject
    BulkSql sql;

    @Inject
    SummaryContents contents;

    private record Row(UUID branchId, String branchName, String status, String figures, String narratives, OffsetDateTime asOf,
            OffsetDateTime acceptedAt) {
    }

    private record Accepted(String branchName, Map<String, String> figures, Map<SummarySection, String> narratives,
            OffsetDateTime acceptedAt) {
    }

    public Document forSubtree(UUID rootId, String periodName, Period period) {
        // Found through the scope filter: everything under a visible organisation is visible.
        OrganizationView root = OrganizationView.findById(rootId);
        if (root == null) {
            throw ProblemException.notFound("Organization", rootId);
        }
        List<Accepted> accepted = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        OffsetDateTime asOf = null;
        for (List<Row> page = page(rootId, periodName, null, null); !page.isEmpty(); page = page(rootId, periodName,
                page.getLast().branchName(), page.getLast().branchId())) {
            for (Row row : page) {
                if (row.figures() == null) {
                    missing.add(row.branchName() + "（" + standing(row.status()) + "）");
                } else {
                    accepted.add(new Accepted(row.branchName(), contents.figures(row.figures()), contents.narratives(row.narratives()),
                            row.acceptedAt()));
                    asOf = BusinessCalendar.latest(asOf, row.asOf());
                }
            }
        }
        Document.Builder doc = Document.titled(root.name + period.label() + "党支部工作总结汇总");
        doc.paragraph(period.label() + "，所属党支部" + (accepted.size() + missing.size()) + "个，工作总结已审核通过的" + accepted.size() + "个"
                + (missing.isEmpty() ? "。" : "，尚无审核通过的工作总结的" + missing.size() + "个：" + String.join("、", missing) + "。"));
        if (!accepted.isEmpty()) {
            totals(doc, accepted);
            doc.table(List.of("党支部", "党员", "发展新党员", COMPLIANCE, "落实率", "审核通过"), accepted.stream().map(a -> List.of(a.branchName(),
                    a.figures().getOrDefault("党员", "0"), a.figures().getOrDefault("发展新党员", "0"),
                    a.figures().getOrDefault(COMPLIANCE, "0/0"),
                    Rates.percent(complianceMet(a.figures()), complianceRequired(a.figures())), day(a.acceptedAt()))).toList());
        }
        for (Accepted a : accepted) {
            doc.heading(a.branchName());
            doc.table(List.of("项目", "数值"), a.figures().entrySet().stream().map(f -> List.of(f.getKey(), f.getValue())).toList());
            for (SummarySection section : SummarySection.values()) {
                String narrative = a.narratives().get(section);
                if (narrative != null && !narrative.isBlank()) {
                    doc.paragraph(section.heading() == null ? "前言" : section.heading());
                    doc.narrative(narrative);
                }
            }
        }
        return doc.closing(root.name, period.to().getYear() + "年" + period.to().getMonthValue() + "月").asOf(asOf).build();
    }

    /** Sums of the frozen figures every summary states. */
    private static void totals(Document.Builder doc, List<Accepted> accepted) {
        long members = 0;
        long probationary = 0;
        long joined = 0;
        long converted = 0;
        long required = 0;
        long met = 0;
        for (Accepted a : accepted) {
            members += number(a.figures(), "党员");
            probationary += number(a.figures(), "预备党员");
            joined += number(a.figures(), "发展新党员");
            converted += number(a.figures(), "预备党员转正");
            required += complianceRequired(a.figures());
            met += complianceMet(a.figures());
        }
        doc.paragraph("据审核通过的工作总结（各支部报送时冻结的数据），这些支部有党员" + members + "名（含预备党员" + probationary + "名），本期发展新党员" + joined
                + "名，预备党员转正" + converted + "名；“三会一课”应落实" + required + "项，已落实" + met + "项，落实率" + Rates.percent(met, required) + "。");
    }

    private List<Row> page(UUID rootId, String periodName, String afterName, UUID afterId) {
        return sql.query("""
                select b.id, b.name, s.status, v.figures, v.narratives, v.figures_as_of, v.decided_at
                from organization_closure c
                join organization_view b on b.id = c.descendant_id and b.type in ('BRANCH', 'JOINT_BRANCH')
                left join work_summary s on s.branch_id = b.id and s.period = ?
                left join work_summary_version v on v.summary_id = s.id and v.decision = 'ACCEPTED'
                where c.ancestor_id = ? and (cast(? as varchar) is null or (b.name, b.id) > (cast(? as varchar), cast(? as uuid)))
                order by b.name, b.id limit ?""", row -> new Row((UUID) row.getObject(1), row.getString(2), row.getString(3),
                row.getString(4), row.getString(5), row.getObject(6, OffsetDateTime.class), row.getObject(7, OffsetDateTime.class)),
                periodName, rootId, afterName, afterName, afterId, PAGE);
    }

    private static String standing(String status) {
        return switch (status == null ? "" : status) {
            case "DRAFT" -> "草稿未报送";
            case "SUBMITTED" -> "已报送待审核";
            case "RETURNED" -> "已退回修改";
            default -> "未起草";
        };
    }

    private static long number(Map<String, String> figures, String figure) {
        try {
            return Long.parseLong(figures.getOrDefault(figure, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long complianceRequired(Map<String, String> figures) {
        return part(figures, 0);
    }

    private static long complianceMet(Map<String, String> figures) {
        return part(figures, 1);
    }

    private static long part(Map<String, String> figures, int index) {
        String[] parts = figures.getOrDefault(COMPLIANCE, "0/0").split("/");
        try {
            return parts.length == 2 ? Long.parseLong(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String day(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        LocalDate date = at.atZoneSameInstant(BusinessCalendar.ZONE).toLocalDate();
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
