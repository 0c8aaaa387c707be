package io.partybranch.reporting.service;

import io.partybranch.reporting.document.Renderers;
import io.partybranch.reporting.document.Renderers.NamedTable;
import io.partybranch.reporting.domain.Labels;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.Rates;
import io.partybranch.reporting.domain.SubtreeReport;
import io.partybranch.reporting.mapping.DuesMapper;
import io.partybranch.reporting.model.DuesStatistics;
import io.partybranch.reporting.model.PeriodStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The statistics tables as Excel workbooks, the same figures the JSON answers carry. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportService {

    @Inject
    PeriodStatisticsService periods;

    @Inject
    SubtreeStatisticsService subtrees;

    public record Export(String fileName, byte[] content, OffsetDateTime asOf) {
    }

    public Export branch(UUID branchId, Period period) {
        PeriodStatistics s = periods.forBranch(branchId, period);
        List<NamedTable> tables = new ArrayList<>();
        List<List<Object>> people = new ArrayList<>();
        PeriodStatistics.Members m = s.members();
        people.add(List.of("党员", "合计", m.partyMembers()));
        add(people, "政治面貌", m.byStatus(), Labels.STATUSES);
        add(people, "性别", m.byGender(), Map.of("MALE", "男", "FEMALE", "女"));
        add(people, "学历", m.byEducation(), Labels.EDUCATION);
        add(people, "年龄", m.byAgeBand(), Map.of());
        add(people, "党龄", m.byPartyStanding(), Map.of());
        people.add(List.of("党员", "挂靠党员", m.attached()));
        people.add(List.of("变动", "发展新党员", m.joined()));
        people.add(List.of("变动", "转正", m.converted()));
        people.add(List.of("变动", "转入", m.transfersIn()));
        people.add(List.of("变动", "转出", m.transfersOut()));
        tables.add(new NamedTable("党员", List.of("分类", "项目", "人数"), people));

        tables.add(new NamedTable("活动", List.of("类型", "次数", "应到", "实到", "出席率"), s.activities().entrySet().stream()
                .map(a -> List.<Object>of(Labels.of(Labels.ACTIVITY_TYPES, a.getKey()), a.getValue().held(), a.getValue().expected(),
                        a.getValue().present(), number(a.getValue().attendanceRate())))
                .toList()));
        tables.add(new NamedTable("出勤", List.of("党员", "应参加", "出席", "请假", "缺席", "出席率"), s.attendanceByMember().stream()
                .map(a -> List.<Object>of(a.fullName() == null ? a.memberId().toString() : a.fullName(), a.expected(), a.present(),
                        a.excused(), a.absent(), number(a.rate())))
                .toList()));
        List<List<Object>> units = new ArrayList<>();
        s.compliance().cadences().forEach(cadence -> cadence.units().forEach(unit -> units.add(List.of(
                Labels.of(Labels.ACTIVITY_TYPES, cadence.type()), Labels.of(Labels.CADENCE_UNITS, cadence.every()),
                cadence.partyGroupId() == null ? "" : cadence.partyGroupId().toString(), unit.unit(), unit.met() ? "已落实" : "未落实"))));
        tables.add(new NamedTable("三会一课", List.of("制度", "周期", "党小组", "考核期", "落实"), units));
        tables.add(new NamedTable("民主评议", List.of("等次", "人数"), s.evaluations().grades().entrySet().stream()
                .map(g -> List.<Object>of(Labels.of(Labels.GRADES, g.getKey()), g.getValue())).toList()));
        tables.add(new NamedTable("信任度", List.of("委员", "票数", "信任票", "信任率"), s.evaluations().trust().stream()
                .map(t -> List.<Object>of(t.fullName() == null ? t.memberId().toString() : t.fullName(), t.ballots(), t.trusted(),
                        number(t.rate())))
                .toList()));
        tables.add(new NamedTable("荣誉", List.of("荣誉", "级别", "年度", "授予日期", "获得者"), s.honours().honours().stream()
                .map(h -> List.<Object>of(h.title(), Labels.of(Labels.HONOUR_LEVELS, h.level()), h.year(),
                        h.awardedOn() == null ? "" : h.awardedOn().toString(), h.recipient() == null ? "" : h.recipient()))
                .toList()));
        tables.add(duesTable(s.dues()));
        return new Export(s.organizationName() + s.periodLabel() + "统计.xlsx", Renderers.xlsx(tables), s.asOf());
    }

    public Export subtree(UUID rootId, Period period) {
        SubtreeReport s = subtrees.forSubtree(rootId, period);
        List<String> types = List.of("GENERAL_MEETING", "COMMITTEE_MEETING", "GROUP_MEETING", "PARTY_LECTURE", "THEME_DAY",
                "ORGANIZATIONAL_LIFE_MEETING", "DEMOCRATIC_EVALUATION");
        List<String> header = new ArrayList<>(List.of("排名", "党支部", "党员", "预备党员", "发展对象", "入党积极分子", "挂靠党员", "发展新党员",
                "转正", "转入", "转出"));
        types.forEach(type -> header.add(Labels.of(Labels.ACTIVITY_TYPES, type)));
        header.addAll(List.of("出席率", "已落实", "应落实", "落实率", "荣誉", "信任率", "积极分子满一年", "逾期未转正", "应交党费（元）",
                "实交党费（元）", "党费收缴率", "连续六个月未交党费"));
        List<List<Object>> rows = new ArrayList<>();
        for (SubtreeReport.BranchRow b : s.branches()) {
            SubtreeReport.Members m = b.members();
            List<Object> row = new ArrayList<>(List.of(b.rank(), b.branchName(), m.partyMembers(), m.probationary(), m.candidates(),
                    m.activists(), m.attached(), m.joined(), m.converted(), m.transfersIn(), m.transfersOut()));
            types.forEach(type -> row.add(b.activities().getOrDefault(type, 0L)));
            row.add(number(Rates.rate(b.present(), b.expected())));
            row.add(b.complianceMet());
            row.add(b.complianceRequired());
            row.add(number(Rates.rate(b.complianceMet(), b.complianceRequired())));
            row.add(b.honours());
            row.add(number(Rates.rate(b.trusted(), b.trustBallots())));
            row.add(b.activistsPastAYear());
            row.add(b.conversionsLate());
            row.add(DuesMapper.yuan(b.dues().billedFen()));
            row.add(DuesMapper.yuan(b.dues().paidFen()));
            row.add(number(Rates.rate(b.dues().paidFen(), b.dues().billedFen())));
            row.add(b.dues().membersSixMonthsBehind());
            rows.add(row);
        }
        List<List<Object>> missed = new ArrayList<>();
        s.fallingShort().forEach(shortfall -> shortfall.missed().forEach(unit -> missed.add(List.of(shortfall.branchName(),
                Labels.of(Labels.ACTIVITY_TYPES, unit.type()), unit.partyGroupId() == null ? "" : unit.partyGroupId().toString(),
                unit.unit()))));
        return new Export(s.organizationName() + period.label() + "支部统计.xlsx", Renderers.xlsx(List.of(
                new NamedTable("支部", header, rows),
                new NamedTable("未落实", List.of("党支部", "制度", "党小组", "考核期"), missed),
                duesTable(DuesMapper.toResponse(s.totals().dues())))), s.asOf());
    }

    /** 党费 month by month, then the period's total. */
    private static NamedTable duesTable(DuesStatistics dues) {
        List<List<Object>> rows = new ArrayList<>();
        dues.months().forEach(m -> rows.add(List.of(m.month(), m.membersBilled(), m.membersExempt(), m.membersPaid(), m.billed(), m.paid(),
                number(m.collectionRate()), m.membersBehind(), m.membersSixMonthsBehind())));
        if (!dues.months().isEmpty()) {
            rows.add(List.of("合计", dues.bills(), dues.billsExempt(), dues.billsPaid(), dues.billed(), dues.paid(),
                    number(dues.collectionRate()), dues.membersBehind(), dues.membersSixMonthsBehind()));
        }
        return new NamedTable("党费", List.of("月份", "应交人数", "免交人数", "已交清人数", "应交（元）", "实交（元）", "收缴率", "欠交人数",
                "连续六个月未交"), rows);
    }

    private static void add(List<List<Object>> rows, String category, Map<String, Long> counts, Map<String, String> labels) {
        counts.forEach((code, count) -> rows.add(List.of(category, Labels.of(labels, code), count)));
    }

    /** Blank in Excel rather than a dash, so the column stays numeric. */
    private static Object number(BigDecimal value) {
        return value == null ? "" : value;
    }
}
