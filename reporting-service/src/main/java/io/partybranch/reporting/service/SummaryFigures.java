package io.partybranch.reporting.service;

import io.partybranch.reporting.domain.Labels;
import io.partybranch.reporting.domain.Rates;
import io.partybranch.reporting.model.PeriodStatistics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a branch's summary states, flattened to labelled values ("党员" → "6"), so that a draft can
 * tell its secretary which of them the records now give differently, in words a secretary reads.
 */
final class SummaryFigures {

    private SummaryFigures() {
    }

    static Map<String, String> of(PeriodStatistics s) {
        Map<String, String> figures = new LinkedHashMap<>();
        PeriodStatistics.Members m = s.members();
        figures.put("党员", Long.toString(m.partyMembers()));
        figures.put("预备党员", Long.toString(m.byStatus().getOrDefault("PROBATIONARY", 0L)));
        figures.put("男党员", Long.toString(m.byGender().getOrDefault("MALE", 0L)));
        figures.put("女党员", Long.toString(m.byGender().getOrDefault("FEMALE", 0L)));
        figures.put("挂靠党员", Long.toString(m.attached()));
        figures.put("入党申请人", Long.toString(m.byStatus().getOrDefault("APPLICANT", 0L)));
        figures.put("入党积极分子", Long.toString(m.byStatus().getOrDefault("ACTIVIST", 0L)));
        figures.put("发展对象", Long.toString(m.byStatus().getOrDefault("CANDIDATE", 0L)));
        figures.put("发展新党员", Long.toString(m.joined()));
        figures.put("预备党员转正", Long.toString(m.converted()));
        figures.put("转入党员", Long.toString(m.transfersIn()));
        figures.put("转出党员", Long.toString(m.transfersOut()));
        new TreeMap<>(s.activities()).forEach((type, a) -> {
            String label = Labels.of(Labels.ACTIVITY_TYPES, type);
            figures.put(label + "（次）", Long.toString(a.held()));
            figures.put(label + "应到/实到", a.expected() + "/" + a.present());
        });
        PeriodStatistics.Compliance compliance = s.compliance();
        figures.put("“三会一课”应落实/已落实", compliance.required() + "/" + compliance.met());
        new TreeMap<>(s.evaluations().grades())
                .forEach((grade, count) -> figures.put("民主评议" + Labels.of(Labels.GRADES, grade), Long.toString(count)));
        long ballots = s.evaluations().trust().stream().mapToLong(PeriodStatistics.TrustRate::ballots).sum();
        long trusted = s.evaluations().trust().stream().mapToLong(PeriodStatistics.TrustRate::trusted).sum();
        if (ballots > 0) {
            figures.put("平均信任率", Rates.percent(trusted, ballots));
        }
        figures.put("荣誉", Long.toString(s.honours().honours().size()));
        figures.put("党纪处分", Long.toString(s.honours().sanctions()));
        figures.put("支部委员会", s.committee() == null
                ? "无"
                : s.committee().electedOn() + "至" + s.committee().termEndsOn()
                        + "，委员" + s.committee().posts().stream().map(PeriodStatistics.PostHolder::memberId).distinct().count() + "名");
        return figures;
    }
}
