package io.partybranch.reporting.service;

import java.util.List;

/** Every table the read models and their aggregates live in: what a rebuild empties before it replays the topics. */
final class ReadModelTables {

    /** Children before parents, so nothing is briefly left pointing nowhere. */
    static final List<String> ALL = List.of("attendance_view", "committee_post_view", "trust_view",
            "activity_month", "activity_rollup", "unit_held", "unit_met", "unit_rollup", "member_change", "member_change_rollup",
            "member_flow", "member_flow_rollup", "member_due", "member_due_rollup", "honour_month", "honour_rollup", "evaluation_month",
            "evaluation_rollup", "trust_month", "trust_rollup", "organization_count", "branch_freshness", "subtree_freshness",
            "branch_period",
            "dues_branch_month", "dues_rollup", "dues_month_view", "development_step_branch", "development_step_rollup", "development_due",
            "development_due_rollup", "development_progress_view",
            "activity_view", "committee_view", "evaluation_view", "honour_view", "transfer_view", "member_view", "organization_view",
            "organization_closure");

    private ReadModelTables() {
    }
}
