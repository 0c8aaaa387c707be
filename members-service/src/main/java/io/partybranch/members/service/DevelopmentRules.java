package io.partybranch.members.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.members.domain.MembersRule;
import io.partybranch.members.domain.PoliticalStatus;
import java.time.LocalDate;
import java.time.Period;

/**
 * The development rules (中国共产党发展党员工作细则) that do not need the database. Each refusal is a
 * 409 whose type names the rule, so clients can branch on it.
 */
final class DevelopmentRules {

    static final int MINIMUM_APPLICANT_AGE = 18;
    static final Period MINIMUM_ACTIVIST_PERIOD = Period.ofYears(1);
    static final Period PROBATION = Period.ofYears(1);

    private DevelopmentRules() {
    }

    static LocalDate probationEnd(LocalDate admission) {
        return admission.plus(PROBATION);
    }

    static void checkRegistration(PoliticalStatus status, LocalDate birthDate, PipelineDates dates) {
        LocalDate applied = dates.appliedOn();
        if (applied != null) {
            checkApplicantAge(birthDate, applied);
        }
        if (dates.activistSince() != null && dates.candidateSince() != null) {
            checkActivistPeriod(dates.activistSince(), dates.candidateSince());
        }
        if (status == PoliticalStatus.FULL && dates.joinedOn() != null) {
            checkProbationEnded(probationEnd(dates.joinedOn()), dates.fullSince());
        }
    }

    static void checkNextStep(PoliticalStatus current, PoliticalStatus target) {
        if (current == PoliticalStatus.FULL || target.ordinal() != current.ordinal() + 1) {
            throw ProblemException.refused(MembersRule.PIPELINE_ORDER, "A member who is " + current + " can only become "
                    + (current == PoliticalStatus.FULL ? "nothing further" : PoliticalStatus.values()[current.ordinal() + 1])
                    + ", not " + target);
        }
    }

    static void checkNotBefore(LocalDate effective, LocalDate previousStep, String previousName) {
        if (previousStep != null && effective.isBefore(previousStep)) {
            throw ProblemException.refused(MembersRule.DATES_OUT_OF_ORDER,
                    "The effective date " + effective + " is before " + previousName + " (" + previousStep + ")");
        }
    }

    static void checkApplicantAge(LocalDate birthDate, LocalDate appliedOn) {
        if (Period.between(birthDate, appliedOn).getYears() < MINIMUM_APPLICANT_AGE) {
            throw ProblemException.refused(MembersRule.APPLICANT_UNDER_18,
                    "An applicant must be at least " + MINIMUM_APPLICANT_AGE + " years old on the application date");
        }
    }

    static void checkActivistPeriod(LocalDate activistSince, LocalDate candidateOn) {
        if (candidateOn.isBefore(activistSince.plus(MINIMUM_ACTIVIST_PERIOD))) {
            throw ProblemException.refused(MembersRule.ACTIVIST_TOO_SHORT,
                    "A candidate must have been an activist for at least one year (activist since " + activistSince
                            + ", earliest candidate date " + activistSince.plus(MINIMUM_ACTIVIST_PERIOD) + ")");
        }
    }

    static void checkProbationEnded(LocalDate probationEndsOn, LocalDate convertedOn) {
        if (convertedOn.isBefore(probationEndsOn)) {
            throw ProblemException.refused(MembersRule.PROBATION_NOT_ENDED,
                    "Probation ends on " + probationEndsOn + "; conversion cannot take effect before it");
        }
    }

    static void checkExtensionMonths(int months) {
        if (months < 6 || months > 12) {
            throw ProblemException.invalid("months", "must be 6 to 12");
        }
    }
}
