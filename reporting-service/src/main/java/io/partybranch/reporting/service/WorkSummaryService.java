package io.partybranch.reporting.service;

import io.partybranch.reporting.document.Document;
import io.partybranch.reporting.domain.Labels;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.Rates;
import io.partybranch.reporting.domain.SubtreeReport;
import io.partybranch.reporting.mapping.DuesMapper;
import io.partybranch.reporting.model.PeriodStatistics;
import io.partybranch.reporting.model.PeriodStatistics.ActivityFigures;
import io.partybranch.reporting.model.Pipeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The 工作总结 a secretary writes by hand, generated from the records: the sections the seeds show
 * (基本情况, study, team building, organisational life, 作风建设, honours), every figure taken from the branch's
 * statistics for the period. Text a secretary adds by hand (what was studied, what it achieved) is
 * theirs to add; the generator states only what the records prove.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkSummaryService {

    /** The order a summary lists 三会一课 and the other meetings in. */
    private static final List<String> MEETINGS = List.of("GENERAL_MEETING", "COMMITTEE_MEETING", "GROUP_MEETING", "PARTY_LECTURE",
            "THEME_DAY", "ORGANIZATIONAL_LIFE_MEETING", "DEMOCRATIC_EVALUATION");
    private static final List<String> STUDY = List.of("PARTY_LECTURE", "STUDY_SESSION", "THEME_DAY", "FIELD_VISIT");
    /** Highest level first, as a summary lists them. */
    private static final List<String> HONOUR_ORDER = List.of("NATIONAL", "PROVINCE", "CITY", "DISTRICT", "TOWN", "SCHOOL");
    private static final List<String> GRADE_ORDER = List.of("EXCELLENT", "QUALIFIED", "BASICALLY_QUALIFIED", "UNQUALIFIED");
    private static final List<String> CONDUCT = List.of("HEART_TO_HEART_TALK", "VOLUNTEER_SERVICE", "PAIRING", "MAJOR_DECISION");

    @Inject
    PeriodStatisticsService periods;

    @Inject
    PipelineService pipelines;

    @Inject
    SubtreeStatisticsService subtrees;

    public Document forBranch(UUID branchId, Period period) {
        return generate(branchId, period).document();
    }

    /** The generated summary and the statistics it states, which a draft keeps to tell later which figures changed. */
    public record Generated(Document document, PeriodStatistics statistics) {
    }

    public Generated generate(UUID branchId, Period period) {
        PeriodStatistics s = periods.forBranch(branchId, period);
        Pipeline pipeline = pipelines.forBranch(branchId, period.to());
        Document.Builder doc = Document.titled(s.organizationName() + s.periodLabel() + "工作总结");
        doc.paragraph(s.periodLabel() + "（" + day(s.from()) + "至" + day(s.to()) + "），" + s.organizationName()
                + "在上级党组织的领导下，落实“三会一课”等党内组织生活制度，加强党员教育管理。现将本期工作总结如下。");
        basics(doc.heading("一、基本情况"), s);
        study(doc.heading("二、理论学习"), s);
        teamBuilding(doc.heading("三、队伍建设"), s, pipeline);
        doc.paragraph(DuesSentence.of(s.dues(), "支部"));
        organisationalLife(doc.heading("四、组织生活"), s);
        conduct(doc.heading("五、作风建设"), s);
        honours(doc.heading("六、荣誉表彰"), s.honours());
        return new Generated(
                doc.closing(s.organizationName(), s.to().getYear() + "年" + s.to().getMonthValue() + "月").asOf(s.asOf()).build(), s);
    }

    /** Members on the last day, with their make-up, and the committee then. */
    private static void basics(Document.Builder doc, PeriodStatistics s) {
        PeriodStatistics.Members m = s.members();
        long probationary = m.byStatus().getOrDefault("PROBATIONARY", 0L);
        StringBuilder basics = new StringBuilder("截至" + day(s.to()) + "，支部有党员" + m.partyMembers() + "名（含预备党员" + probationary + "名）");
        if (m.partyMembers() > 0) {
            basics.append("，其中男党员").append(m.byGender().getOrDefault("MALE", 0L)).append("名、女党员")
                    .append(m.byGender().getOrDefault("FEMALE", 0L)).append("名");
            if (m.attached() > 0) {
                basics.append("，外单位挂靠党员").append(m.attached()).append("名");
            }
            basics.append("。学历：").append(counts(m.byEducation(), Labels.EDUCATION, List.of("POSTGRADUATE", "BACHELOR", "JUNIOR_COLLEGE",
                    "SECONDARY_VOCATIONAL", "HIGH_SCHOOL", "JUNIOR_HIGH_OR_BELOW", "UNKNOWN"), "名"));
            basics.append("。年龄：").append(m.byAgeBand().entrySet().stream()
                    .map(band -> ageLabel(band.getKey()) + band.getValue() + "名").collect(Collectors.joining("，")));
        }
        doc.paragraph(basics.append("。").toString());
        if (s.committee() != null) {
            long people = s.committee().posts().stream().map(PeriodStatistics.PostHolder::memberId).distinct().count();
            doc.paragraph("支部委员会于" + day(s.committee().electedOn()) + "选举产生，任期至" + day(s.committee().termEndsOn()) + "，现有委员"
                    + people + "名：" + postsText(s.committee().posts()) + "。");
        } else {
            doc.paragraph("本期末没有在任的支部委员会记录。");
        }
    }

    private static void study(Document.Builder doc, PeriodStatistics s) {
        String study = listOf(s.activities(), STUDY);
        doc.paragraph(study.isEmpty()
                ? "本期没有党课、理论学习和主题党日的活动记录。"
                : "本期" + study + "。" + attendanceSentence(s.activities(), STUDY));
    }

    /** Development, movements, what the pipeline says is due at the period's end, evaluation and trust. */
    private static void teamBuilding(Document.Builder doc, PeriodStatistics s, Pipeline pipeline) {
        PeriodStatistics.Members m = s.members();
        StringBuilder team = new StringBuilder("本期发展新党员" + m.joined() + "名，预备党员转正" + m.converted() + "名；转入党员"
                + m.transfersIn() + "名，转出党员" + m.transfersOut() + "名。");
        team.append("期末有入党申请人").append(m.byStatus().getOrDefault("APPLICANT", 0L)).append("名、入党积极分子")
                .append(m.byStatus().getOrDefault("ACTIVIST", 0L)).append("名、发展对象").append(m.byStatus().getOrDefault("CANDIDATE", 0L))
                .append("名。");
        long late = pipeline.alerts().stream().filter(alert -> alert.kind().equals("CONVERSION_LATE")).count();
        long activistsDue = pipeline.alerts().stream().filter(alert -> alert.kind().equals("ACTIVIST_PAST_A_YEAR")).count();
        if (late > 0) {
            team.append("预备期已满尚未转正的").append(late).append("名，应及时讨论其转正。");
        }
        if (activistsDue > 0) {
            team.append("培养期已满一年的入党积极分子").append(activistsDue).append("名，可列为发展对象。");
        }
        doc.paragraph(team.toString());
        PeriodStatistics.Evaluations evaluations = s.evaluations();
        if (evaluations.rounds().isEmpty()) {
            doc.paragraph("本期没有民主评议党员的记录。");
            return;
        }
        long graded = evaluations.grades().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder evaluation = new StringBuilder("本期开展民主评议党员" + evaluations.rounds().size() + "次，参评党员" + graded + "人次，其中"
                + counts(evaluations.grades(), Labels.GRADES, GRADE_ORDER, "名") + "。");
        if (!evaluations.trust().isEmpty()) {
            long ballots = evaluations.trust().stream().mapToLong(PeriodStatistics.TrustRate::ballots).sum();
            long trusted = evaluations.trust().stream().mapToLong(PeriodStatistics.TrustRate::trusted).sum();
            evaluation.append("支部委员信任度测评平均信任率").append(Rates.percent(trusted, ballots)).append("（")
                    .append(evaluations.trust().stream().map(t -> t.fullName() + Rates.percent(t.trusted(), t.ballots()))
                            .collect(Collectors.joining("，")))
                    .append("）。");
        }
        doc.paragraph(evaluation.toString());
    }

    /** 三会一课 counts and attendance, then compliance with every unit missed named. */
    private static void organisationalLife(Document.Builder doc, PeriodStatistics s) {
        String meetings = listOf(s.activities(), MEETINGS);
        doc.paragraph((meetings.isEmpty() ? "本期没有“三会一课”的活动记录。" : "本期" + meetings + "。" + attendanceSentence(s.activities(), MEETINGS))
                + groupsEveryMonth(s.compliance()));
        PeriodStatistics.Compliance compliance = s.compliance();
        if (compliance.required() == 0) {
            doc.paragraph("本期没有已届满的考核周期，暂不计算“三会一课”落实率。");
            return;
        }
        List<String> missed = new ArrayList<>();
        compliance.cadences().forEach(cadence -> cadence.units().stream().filter(unit -> !unit.met())
                .forEach(unit -> missed.add(Labels.of(Labels.ACTIVITY_TYPES, cadence.type()) + "（" + unit.unit() + "）")));
        doc.paragraph("对照“三会一课”等制度要求，本期应落实" + compliance.required() + "项，已落实" + compliance.met() + "项，落实率"
                + Rates.percent(compliance.met(), compliance.required()) + "。" + (missed.isEmpty()
                        ? "各项制度均按要求落实。"
                        : "未按要求落实的有：" + String.join("、", missed) + "，下一阶段应补齐。"));
    }

    /** 作风建设: what the records show of the branch's ties with the people it serves, of collective decisions and of discipline. */
    private static void conduct(Document.Builder doc, PeriodStatistics s) {
        String conduct = listOf(s.activities(), CONDUCT);
        doc.paragraph(conduct.isEmpty() ? "本期没有谈心谈话、结对帮扶、志愿服务和“三重一大”决策的记录。" : "本期" + conduct + "。");
        doc.paragraph(s.honours().sanctions() > 0 ? "本期记录党纪处分" + s.honours().sanctions() + "人次。" : "本期无党员受到党纪处分。");
    }

    private static void honours(Document.Builder doc, PeriodStatistics.Honours honours) {
        if (honours.honours().isEmpty()) {
            doc.paragraph("本期没有获得荣誉的记录。");
            return;
        }
        doc.paragraph("本期支部和党员获得荣誉" + honours.honours().size() + "项，其中"
                + counts(honours.byLevel(), Labels.HONOUR_LEVELS, HONOUR_ORDER, "项")
                + "："
                + honours.honours().stream()
                        .map(h -> h.recipient() + "获“" + h.title() + "”（" + Labels.of(Labels.HONOUR_LEVELS, h.level()) + "）")
                        .collect(Collectors.joining("；"))
                + "。");
    }

    /** A bureau's summary over its branches: the district picture, then one table per branch. */
    public Document forSubtree(UUID rootId, Period period) {
        SubtreeReport s = subtrees.forSubtree(rootId, period);
        SubtreeReport.Totals t = s.totals();
        SubtreeReport.Members m = t.members();
        Document.Builder doc = Document.titled(s.organizationName() + period.label() + "党支部工作情况汇总");
        doc.paragraph(
                period.label() + "（" + day(period.from()) + "至" + day(period.to()) + "），所属党支部" + t.branches() + "个，党员" + m.partyMembers()
                        + "名（含预备党员" + m.probationary() + "名" + genders(t.breakdown().getOrDefault("GENDER", Map.of())) + "）；本期发展新党员"
                        + m.joined() + "名，转正" + m.converted() + "名。"
                        + (t.complianceRequired() == 0
                                ? ""
                                : "“三会一课”应落实" + t.complianceRequired() + "项，已落实" + t.complianceMet() + "项，落实率"
                                        + Rates.percent(t.complianceMet(), t.complianceRequired()) + "。"));
        doc.paragraph(DuesSentence.of(DuesMapper.toResponse(t.dues()), "各支部"));
        long honoursTotal = t.honoursByLevel().values().stream().mapToLong(Long::longValue).sum();
        doc.paragraph((honoursTotal == 0
                ? "本期没有获得荣誉的记录。"
                : "本期各支部和党员获得荣誉" + honoursTotal + "项，其中"
                        + counts(t.honoursByLevel(), Labels.HONOUR_LEVELS, HONOUR_ORDER, "项")
                        + "。")
                + (t.grades().isEmpty() ? "" : "民主评议党员评定" + counts(t.grades(), Labels.GRADES, GRADE_ORDER, "名") + "。")
                + (t.trustBallots() == 0 ? "" : "支部委员平均信任率" + Rates.percent(t.trusted(), t.trustBallots()) + "。"));
        if (!s.fallingShort().isEmpty()) {
            doc.paragraph("未全部落实的支部" + s.fallingShort().size() + "个：" + s.fallingShort().stream()
                    .map(shortfall -> shortfall.branchName() + "（" + shortfall.missed().stream()
                            .map(unit -> Labels.of(Labels.ACTIVITY_TYPES, unit.type()) + unit.unit()).collect(Collectors.joining("、"))
                            + "）")
                    .collect(Collectors.joining("；")) + "。");
        }
        if (t.activistsPastAYear() + t.conversionsLate() > 0) {
            doc.paragraph("截至期末，培养期已满一年的入党积极分子" + t.activistsPastAYear() + "名，预备期已满尚未转正的预备党员" + t.conversionsLate()
                    + "名，应督促有关支部及时办理。");
        }
        if (!s.termsEnding().isEmpty()) {
            doc.paragraph("需按期换届的支部" + s.termsEnding().size() + "个：" + s.termsEnding().stream()
                    .map(term -> term.branchName() + "（任期至" + day(term.termEndsOn()) + "，" + Labels.of(Labels.TERM_KINDS, term.kind())
                            + "）")
                    .collect(Collectors.joining("；")) + "。");
        }
        doc.table(List.of("排名", "党支部", "党员", "“三会一课”落实率", "出席率", "党费收缴率"), s.branches().stream()
                .map(b -> List.of(Integer.toString(b.rank()), b.branchName(), Long.toString(b.members().partyMembers()),
                        Rates.percent(b.complianceMet(), b.complianceRequired()), Rates.percent(b.present(), b.expected()),
                        Rates.percent(b.dues().paidFen(), b.dues().billedFen())))
                .toList());
        for (SubtreeReport.BranchRow b : s.branches()) {
            SubtreeReport.Members bm = b.members();
            doc.heading(b.branchName());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("党员（含预备党员）", bm.partyMembers() + "（" + bm.probationary() + "）"));
            rows.add(List.of("挂靠党员", Long.toString(bm.attached())));
            rows.add(List.of("入党积极分子 / 发展对象", bm.activists() + " / " + bm.candidates()));
            rows.add(List.of("发展新党员 / 转正", bm.joined() + " / " + bm.converted()));
            rows.add(List.of("转入 / 转出", bm.transfersIn() + " / " + bm.transfersOut()));
            for (String type : MEETINGS) {
                rows.add(List.of(Labels.of(Labels.ACTIVITY_TYPES, type) + "（次）", Long.toString(b.activities().getOrDefault(type, 0L))));
            }
            rows.add(List.of("出席率", Rates.percent(b.present(), b.expected())));
            rows.add(List.of("“三会一课”落实", b.complianceMet() + " / " + b.complianceRequired() + "（"
                    + Rates.percent(b.complianceMet(), b.complianceRequired()) + "）"));
            rows.add(List.of("排名", Integer.toString(b.rank())));
            doc.table(List.of("项目", "数值"), rows);
        }
        return doc.closing(s.organizationName(), period.to().getYear() + "年" + period.to().getMonthValue() + "月").asOf(s.asOf()).build();
    }

    private static String genders(Map<String, Long> byGender) {
        return byGender.isEmpty() ? "" : "，男党员" + byGender.getOrDefault("MALE", 0L) + "名、女党员" + byGender.getOrDefault("FEMALE", 0L) + "名";
    }

    private static String listOf(Map<String, ActivityFigures> activities, List<String> types) {
        List<String> parts = new ArrayList<>();
        for (String type : types) {
            ActivityFigures figures = activities.get(type);
            if (figures != null && figures.held() > 0) {
                parts.add(type.equals("MAJOR_DECISION")
                        ? "按“三重一大”制度集体决策" + figures.held() + "项"
                        : verb(type) + Labels.of(Labels.ACTIVITY_TYPES, type) + figures.held() + "次");
            }
        }
        return String.join("，", parts);
    }

    /** 召开 for meetings, 开展 for the rest, as secretaries write. */
    private static String verb(String type) {
        return switch (type) {
            case "GENERAL_MEETING", "COMMITTEE_MEETING", "GROUP_MEETING", "ORGANIZATIONAL_LIFE_MEETING" -> "召开";
            case "PARTY_LECTURE" -> "上";
            default -> "开展";
        };
    }

    private static String attendanceSentence(Map<String, ActivityFigures> activities, List<String> types) {
        long expected = 0;
        long present = 0;
        for (String type : types) {
            ActivityFigures figures = activities.get(type);
            if (figures != null) {
                expected += figures.expected();
                present += figures.present();
            }
        }
        return expected == 0 ? "" : "应到" + expected + "人次，实到" + present + "人次，出席率" + Rates.percent(present, expected) + "。";
    }

    /** Secretaries write "党小组活动每月都有" when every group met every month; the records can say so too. */
    private static String groupsEveryMonth(PeriodStatistics.Compliance compliance) {
        List<PeriodStatistics.Cadence> groups = compliance.cadences().stream()
                .filter(cadence -> cadence.type().equals("GROUP_MEETING") && cadence.partyGroupId() != null).toList();
        boolean everyMonth = !groups.isEmpty()
                && groups.stream().allMatch(cadence -> cadence.required() > 0 && cadence.met() == cadence.required());
        return everyMonth ? "各党小组每月都召开了党小组会。" : "";
    }

    private static String postsText(List<PeriodStatistics.PostHolder> posts) {
        Map<UUID, List<String>> byPerson = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (PeriodStatistics.PostHolder post : posts) {
            byPerson.computeIfAbsent(post.memberId(), id -> new ArrayList<>()).add(post.postLabel());
            names.put(post.memberId(), post.fullName());
        }
        return byPerson.entrySet().stream().map(person -> names.get(person.getKey()) + "任" + String.join("兼", person.getValue()))
                .collect(Collectors.joining("，"));
    }

    private static String counts(Map<String, Long> counts, Map<String, String> labels, List<String> order, String unit) {
        List<String> parts = new ArrayList<>();
        for (String code : order) {
            Long count = counts.get(code);
            if (count != null && count > 0) {
                parts.add(Labels.of(labels, code) + count + unit);
            }
        }
        counts.forEach((code, count) -> {
            if (!order.contains(code) && count > 0) {
                parts.add(Labels.of(labels, code) + count + unit);
            }
        });
        return String.join("、", parts);
    }

    private static String ageLabel(String band) {
        return switch (band) {
            case "<30" -> "30岁以下";
            case "60+" -> "60岁及以上";
            default -> band.replace("-", "至") + "岁";
        };
    }

    private static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
