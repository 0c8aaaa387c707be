package io.partybranch.reporting.domain;

import io.partybranch.common.http.Rule;

/**
 * Every rule reporting-service refuses a request by: the one catalogue its refusals use
 * ({@code ProblemException.refused}) and its OpenAPI document publishes ({@code x-rule-catalogue}).
 */
public enum ReportingRule implements Rule {
    STATISTICS_NEED_BRANCH("不是党支部",
            "Branch figures, summaries and due items are asked of a BRANCH or JOINT_BRANCH; a subtree's are asked of the organisation"), SUMMARY_EXISTS(
                    "该期工作总结已存在", "A branch has one work summary per period; edit the one it has"), SUMMARY_PERIOD_NOT_BEGUN("该期尚未开始",
                            "A summary is drafted once its period has begun"), SUMMARY_NOT_EDITABLE("工作总结已报送，不能修改",
                                    "A summary is edited, refreshed and submitted only as a draft or once returned"), SUMMARY_FIGURES_STALE(
                                            "数据已更新，请先刷新",
                                            "A summary is submitted with the figures the records give now; refresh a draft whose figures changed"), SUMMARY_NOT_SUBMITTED(
                                                    "工作总结未报送",
                                                    "Only a submitted summary is accepted or returned"), SUMMARY_OWN_REVIEW("不能审核自己报送的工作总结",
                                                            "The one who submitted a summary does not review it"), DEADLINE_NEEDS_SUPERIOR(
                                                                    "报送期限设在上级组织",
                                                                    "A deadline is set on a committee or general branch, not on a branch");

    private final String title;
    private final String description;

    ReportingRule(String title, String description) {
        this.title = title;
        this.description = description;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }
}
