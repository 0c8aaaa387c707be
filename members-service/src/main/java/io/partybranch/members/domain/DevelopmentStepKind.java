package io.partybranch.members.domain;

import java.util.List;

/**
 * The steps of the development file in the order 发展党员工作细则 takes them, each with the stage of the
 * pipeline it belongs to, how it reaches the file and the steps that must have passed before it.
 * Votes are never recorded by hand: they arrive from the general meeting that held them. Extending or
 * cancelling a probation is recorded by its own endpoint, which also changes the member.
 */
public enum DevelopmentStepKind {
    APPLICATION_TALK("党组织派人谈话", PoliticalStatus.APPLICANT, Source.HAND), MENTORS_APPOINTED("指定培养联系人", PoliticalStatus.ACTIVIST,
            Source.HAND), ACTIVIST_REPORT("入党积极分子思想汇报", PoliticalStatus.ACTIVIST, Source.HAND), ACTIVIST_REVIEW("党支部培养考察",
                    PoliticalStatus.ACTIVIST,
                    Source.HAND), RECOMMENDATION("党员和群众推荐（推优）", PoliticalStatus.ACTIVIST, Source.HAND), POLITICAL_REVIEW("政治审查",
                            PoliticalStatus.CANDIDATE,
                            Source.HAND), TRAINING("发展对象集中培训", PoliticalStatus.CANDIDATE, Source.HAND), PRE_REVIEW("基层党委预审",
                                    PoliticalStatus.CANDIDATE, Source.HAND, POLITICAL_REVIEW,
                                    TRAINING), PUBLICITY("发展对象公示", PoliticalStatus.CANDIDATE, Source.HAND, PRE_REVIEW), ADMISSION_VOTE(
                                            "支部大会讨论接收预备党员", PoliticalStatus.CANDIDATE, Source.VOTE), HIGHER_COMMITTEE_TALK("上级党委派人谈话",
                                                    PoliticalStatus.CANDIDATE, Source.HAND, PUBLICITY), ADMISSION_APPROVAL("上级党委审批（接收预备党员）",
                                                            PoliticalStatus.CANDIDATE, Source.HAND, PRE_REVIEW, PUBLICITY,
                                                            HIGHER_COMMITTEE_TALK), OATH("入党宣誓", PoliticalStatus.PROBATIONARY,
                                                                    Source.HAND), PROBATION_REVIEW("预备期考察", PoliticalStatus.PROBATIONARY,
                                                                            Source.HAND), PROBATION_EXTENSION("延长预备期",
                                                                                    PoliticalStatus.PROBATIONARY,
                                                                                    Source.PROBATION_CHANGE), PROBATION_CANCELLATION(
                                                                                            "取消预备党员资格", PoliticalStatus.PROBATIONARY,
                                                                                            Source.PROBATION_CHANGE), CONVERSION_VOTE(
                                                                                                    "支部大会讨论预备党员转正",
                                                                                                    PoliticalStatus.PROBATIONARY,
                                                                                                    Source.VOTE), CONVERSION_APPROVAL(
                                                                                                            "上级党委审批（预备党员转正）",
                                                                                                            PoliticalStatus.PROBATIONARY,
                                                                                                            Source.HAND);

    /** How a step reaches the file. */
    public enum Source {
        /** POST …/development/steps */
        HAND,
        /** vote.held.v1 from the general meeting */
        VOTE,
        /** POST …/probation-extension or …/probation-cancellation, which change the member too */
        PROBATION_CHANGE
    }

    private final String label;
    private final PoliticalStatus stage;
    private final Source source;
    private final List<DevelopmentStepKind> requires;

    DevelopmentStepKind(String label, PoliticalStatus stage, Source source, DevelopmentStepKind... requires) {
        this.label = label;
        this.stage = stage;
        this.source = source;
        this.requires = List.of(requires);
    }

    public String label() {
        return label;
    }

    /** The stage a member is in when the step is done; recorded later it still falls within that stage's dates. */
    public PoliticalStatus stage() {
        return stage;
    }

    public Source source() {
        return source;
    }

    /** Held at a general meeting and recorded from its vote.held.v1, never through the API. */
    public boolean vote() {
        return source == Source.VOTE;
    }

    /** The steps that must have passed on or before this one's day. */
    public List<DevelopmentStepKind> requires() {
        return requires;
    }
}
