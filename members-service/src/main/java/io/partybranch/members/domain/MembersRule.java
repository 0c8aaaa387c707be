package io.partybranch.members.domain;

import io.partybranch.common.http.Rule;

/**
 * Every rule members-service refuses a request by: the one catalogue its refusals use
 * ({@code ProblemException.refused}) and its OpenAPI document publishes ({@code x-rule-catalogue}).
 */
public enum MembersRule implements Rule {
    APPLICANT_UNDER_18("入党申请人须年满18周岁", "An applicant must be 18 or older on the application date"),
    PIPELINE_ORDER("发展程序不能跳过或倒退", "The development pipeline moves one stage forward at a time"),
    DATES_OUT_OF_ORDER("日期须晚于上一步骤", "Each pipeline date must follow the previous step's date"),
    ACTIVIST_MENTORS("积极分子须有1至2名培养联系人", "An activist needs one or two distinct mentors"),
    ACTIVIST_TOO_SHORT("积极分子培养期不足一年", "An activist becomes a candidate only after a year of training"),
    INTRODUCERS_REQUIRED("发展对象须有2名入党介绍人", "Admission needs exactly two distinct introducers"),
    SPONSOR_NOT_FULL_MEMBER("介绍人和培养联系人须为正式党员",
            "Mentors and introducers are full members in normal standing, other than the member"),
    PROBATION_NOT_ENDED("预备期未满", "A probationary member converts only once the probation has ended"),
    PROBATION_EXTENDED_ONCE("预备期只能延长一次", "A probation is extended at most once"),
    NOT_PROBATIONARY("非预备党员", "Only a probationary member's probation can be extended or cancelled"),
    MEMBER_NOT_ACTIVE("党员状态不正常", "Pipeline steps and assignments need a member in NORMAL state"),
    STATE_TRANSITION("党籍状态变更不允许", "The membership state changes only along the transitions the rules allow"),
    MEMBER_BELONGS_TO_BRANCH("党员须编入党支部", "Members belong to a BRANCH or JOINT_BRANCH"),
    GROUP_OF_OWN_BRANCH("只能编入本支部的党小组", "A member joins a party group of their own branch"),
    ORGANIZATION_PARENT_TYPE("上级组织类型不符", "An organisation sits under a parent of an allowed type"),
    ORGANIZATION_CYCLE("不能移到自己的下级组织之下", "An organisation cannot move under its own descendant"),
    ORGANIZATION_TYPE_IMMUTABLE("组织类型不可修改", "An organisation's type cannot change"),
    ORGANIZATION_HAS_MEMBERS("组织仍有党员", "An organisation with members cannot be closed or deleted"),
    ORGANIZATION_HAS_CHILDREN("组织仍有下级组织", "An organisation with open children cannot be closed or deleted"),
    ORGANIZATION_HAS_RECORDS("组织有历史记录，不能删除", "An organisation with history is closed, never deleted"),
    ORGANIZATION_CLOSED("组织已撤销", "A closed organisation takes no members, children or changes"),
    COMMITTEE_ONE_SECRETARY("支部委员会须有且只有一名书记", "A committee has exactly one secretary"),
    COMMITTEE_SIZE("支部委员会应为3至7人",
            "A committee has 3 to 7 members; a branch with fewer than 7 full members elects a secretary only"),
    COMMITTEE_MEMBER_NOT_FULL_MEMBER("支委须为本支部正式党员",
            "Committee members are full members of the branch"),
    COMMITTEE_NEEDS_BRANCH("只有党支部选举支部委员会", "Only a branch elects a committee"),
    COMMITTEE_NOT_CURRENT("该届委员会已结束", "Only the current committee's posts change"),
    POST_NOT_HELD("该委员未担任此职务", "A post is ended only by the member who holds it"),
    TRANSFER_ALREADY_OPEN("已有未完成的转接", "A member has at most one open transfer"),
    TRANSFER_LETTER_EXPIRED("介绍信已过期", "A transfer is confirmed before its letter expires"),
    TRANSFER_SAME_BRANCH("不能转入本支部", "A transfer goes to another branch"),
    TRANSFER_TO_BRANCH("只能转入开放的党支部", "A transfer goes to an open branch"),
    TRANSFER_ALREADY_DECIDED("转接已处理", "A confirmed, rejected or expired transfer is not decided again"),
    SANCTION_FOR_MEMBERS_ONLY("处分只针对党员", "Sanctions are recorded for party members only"),
    DUES_FOR_MEMBERS_ONLY("党费由预备党员和正式党员交纳",
            "Dues bases, reliefs and payments are kept for probationary and full members in normal standing"),
    DUES_BEFORE_ADMISSION("入党前无需交纳党费",
            "Nothing is due or paid for a month before the admission meeting's"),
    DUES_MONTH_NOT_STARTED("不能为未到的月份开具党费",
            "Bills are issued for the current month at the latest; paying ahead is a prepayment"),
    DUES_NEED_BRANCH("党费以党支部为单位收缴", "Dues are billed and listed by a branch or joint branch"),
    DUES_PREPAYMENT_OVER_SIX_MONTHS("预交党费一般不超过6个月",
            "What is paid beyond the bills issued covers at most the six months after the current one"),
    DUES_NO_ASSESSMENT("未核定党费基数",
            "A prepayment or a reduction is measured against a dues base, which the member must have"),
    DUES_REDUCTION_NOT_LOWER("少交的数额须低于规定数额", "A reduction is below the rules' monthly amount"),
    DUES_EXEMPTION_OVERLAPS("减免期间重叠", "A member's reliefs do not overlap"),
    DUES_PAYMENT_CANCELLED("该笔党费记录已作废", "A cancelled payment is neither corrected nor cancelled again"),
    DEVELOPMENT_STEP_ORDER("发展党员程序不能颠倒",
            "A step of the development file falls in its stage and needs the ones before it: 预审 after the political review and the training, 公示 after the 预审, the higher committee's talk after the 公示, admission approval after all of them, conversion approval of a probationary member"),
    PUBLICITY_TOO_SHORT("公示期不少于5个工作日", "A 公示 lasts at least five working days (Monday to Friday)"),
    APPROVAL_AFTER_THREE_MONTHS("上级党委应在支部大会讨论后三个月内审批",
            "The higher committee approves an admission or a conversion within three months of the general meeting's vote"),
    TRAINING_TOO_SHORT("集中培训不少于3天或24学时", "The concentrated training of a 发展对象 lasts at least three days or 24 class hours"),
    CANDIDACY_WITHOUT_REVIEW("确定发展对象须经推荐和培养考察",
            "An activist becomes a candidate after a passed recommendation (推优) and a passed branch review of the last half year");

    private final String title;
    private final String description;

    MembersRule(String title, String description) {
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
