package io.partybranch.reporting.mapping;

import io.partybranch.reporting.domain.Compliance;
import io.partybranch.reporting.domain.Labels;
import io.partybranch.reporting.domain.Rates;
import io.partybranch.reporting.domain.SubtreeReport;
import io.partybranch.reporting.model.PeriodStatistics;
import io.partybranch.reporting.model.SubtreeStatistics;

/** Subtree and compliance results as the API gives them: rates from their counts, labels for people. */
public final class SubtreeStatisticsMapper {

    private SubtreeStatisticsMapper() {
    }

    public static SubtreeStatistics toResponse(SubtreeReport report) {
        SubtreeReport.Totals t = report.totals();
        SubtreeReport.Members m = t.members();
        return new SubtreeStatistics(report.organizationId(), report.organizationName(), report.period().from(), report.period().to(),
                report.period().label(), report.page(), report.size(),
                report.branches().stream().map(SubtreeStatisticsMapper::row).toList(),
                new SubtreeStatistics.Totals(t.branches(), m.partyMembers(), m.probationary(), m.candidates(), m.activists(), m.attached(),
                        m.joined(), m.converted(), m.transfersIn(), m.transfersOut(), t.activistsPastAYear(), t.conversionsLate(),
                        t.breakdown(), t.activities(), Rates.rate(t.present(), t.expected()), t.complianceMet(), t.complianceRequired(),
                        Rates.rate(t.complianceMet(), t.complianceRequired()),
                        new SubtreeStatistics.Recognition(t.honoursByLevel(), t.sanctions(), t.grades()),
                        Rates.rate(t.trusted(), t.trustBallots()),
                        t.branchesFallingShort(), t.termsEnding(), t.termsOverdue(), DuesMapper.toResponse(t.dues())),
                report.fallingShort().stream().map(s -> new SubtreeStatistics.Shortfall(s.branchId(), s.branchName(),
                        Rates.rate(s.met(), s.required()), s.missed().stream().map(unit -> new SubtreeStatistics.MissedUnit(unit.type(),
                                Labels.of(Labels.ACTIVITY_TYPES, unit.type()), unit.partyGroupId(), unit.unit())).toList()))
                        .toList(),
                report.termsEnding().stream()
                        .map(term -> new SubtreeStatistics.TermEnding(term.branchId(), term.branchName(), term.electedOn(),
                                term.termEndsOn(), term.kind(), Labels.of(Labels.TERM_KINDS, term.kind())))
                        .toList(),
                report.asOf());
    }

    public static SubtreeStatistics.BranchFigures row(SubtreeReport.BranchRow b) {
        SubtreeReport.Members m = b.members();
        return new SubtreeStatistics.BranchFigures(b.rank(), b.branchId(), b.branchName(), m.partyMembers(), m.probationary(),
                m.candidates(),
                m.activists(), m.attached(), m.joined(), m.converted(), m.transfersIn(), m.transfersOut(), b.activities(), b.expected(),
                b.present(), Rates.rate(b.present(), b.expected()), b.complianceMet(), b.complianceRequired(),
                Rates.rate(b.complianceMet(), b.complianceRequired()), b.activistsPastAYear(), b.conversionsLate(), b.honours(),
                b.trustBallots(), b.trusted(), Rates.rate(b.trusted(), b.trustBallots()), DuesMapper.toResponse(b.dues()));
    }

    public static PeriodStatistics.Compliance toResponse(Compliance compliance) {
        return new PeriodStatistics.Compliance(Rates.rate(compliance.met(), compliance.required()), compliance.met(), compliance.required(),
                compliance.cadences().stream().map(c -> new PeriodStatistics.Cadence(c.type(), c.every(), c.partyGroupId(), c.met(),
                        c.required(), c.units().stream().map(u -> new PeriodStatistics.Unit(u.unit(), u.from(), u.to(), u.met())).toList()))
                        .toList());
    }
}
