package io.partybranch.activities.domain;

import io.partybranch.common.http.Rule;

/**
 * Every rule activities-service refuses a request by: the one catalogue its refusals use
 * ({@code ProblemException.refused}) and its OpenAPI document publishes ({@code x-rule-catalogue}).
 */
public enum ActivitiesRule implements Rule {
    ACTIVITY_NEEDS_BRANCH("活动须由党支部开展", "Activities are held by a branch (or its party group)"), GROUP_MEETING_NEEDS_PARTY_GROUP(
            "党小组会须由党小组召开", "A GROUP_MEETING is held by a party group"), ACTIVITY_NOT_PLANNED("只有计划中的活动可以登记或取消",
                    "Only a PLANNED activity is recorded as held or cancelled"), ACTIVITY_NOT_HELD("只有已召开的活动可以更正",
                            "Only a HELD activity's record is corrected"), ATTENDEE_NOT_IN_BRANCH("参会人员不属于本支部",
                                    "Attendees belonged to the branch on the activity's date"), ATTENDEE_NOT_IN_GROUP("参会人员不属于该党小组",
                                            "Attendees of a group meeting belonged to the group on its date"), HOST_NOT_IN_BRANCH(
                                                    "主持人和记录人须为本支部人员",
                                                    "The host and the recorder belonged to the branch on the date"), TALK_NEEDS_COMMITTEE_MEMBER(
                                                            "谈心谈话应由支委开展",
                                                            "A heart-to-heart talk is led by a committee member"), DECISION_STAGE_ORDER(
                                                                    "决策程序须依次进行",
                                                                    "三重一大 decisions pass the committee first, then each later stage in order"), VOTE_NEEDS_HELD_GENERAL_MEETING(
                                                                            "表决须在已召开的党员大会上进行",
                                                                            "Votes are held at a GENERAL_MEETING recorded as held"), PROBATIONARY_CANNOT_VOTE(
                                                                                    "预备党员没有表决权",
                                                                                    "Probationary members have no vote"), VOTER_NOT_PRESENT(
                                                                                            "表决人须为出席会议的正式党员",
                                                                                            "Voters are full members present at the meeting"), CANDIDATE_NOT_IN_BRANCH(
                                                                                                    "表决对象须为本支部人员",
                                                                                                    "A vote's candidate belonged to the branch on the meeting date"), EVALUATED_NOT_IN_BRANCH(
                                                                                                            "被评议人须为本支部党员",
                                                                                                            "Those evaluated were party members of the branch on the date"), EXCELLENT_OVER_ONE_THIRD(
                                                                                                                    "评为优秀的党员不超过参评人数的三分之一",
                                                                                                                    "At most a third of those evaluated are graded EXCELLENT"), TRUST_BALLOT_NOT_COMMITTEE(
                                                                                                                            "信任度测评只针对支委",
                                                                                                                            "Trust ballots are counted for committee members only");

    private final String title;
    private final String description;

    ActivitiesRule(String title, String description) {
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
