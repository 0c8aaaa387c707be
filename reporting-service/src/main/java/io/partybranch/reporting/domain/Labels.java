package io.partybranch.reporting.domain;

import java.util.Map;

/**
 * The Chinese names a secretary writes, for the codes the events carry. Reporting keeps its own copy:
 * the producers' enums are their domain, and a code unknown here is shown as it is.
 */
public final class Labels {

    public static final Map<String, String> ACTIVITY_TYPES = Map.ofEntries(
            Map.entry("GENERAL_MEETING", "支部党员大会"), Map.entry("COMMITTEE_MEETING", "支部委员会"),
            Map.entry("GROUP_MEETING", "党小组会"), Map.entry("PARTY_LECTURE", "党课"), Map.entry("THEME_DAY", "主题党日"),
            Map.entry("ORGANIZATIONAL_LIFE_MEETING", "组织生活会"), Map.entry("DEMOCRATIC_EVALUATION", "民主评议党员"),
            Map.entry("HEART_TO_HEART_TALK", "谈心谈话"), Map.entry("STUDY_SESSION", "理论学习"), Map.entry("FIELD_VISIT", "参观/实践"),
            Map.entry("VOLUNTEER_SERVICE", "志愿服务"), Map.entry("PAIRING", "结对帮扶"), Map.entry("MAJOR_DECISION", "三重一大决策"));

    public static final Map<String, String> POSTS = Map.of("SECRETARY", "书记", "DEPUTY_SECRETARY", "副书记", "ORGANIZATION", "组织委员",
            "PROPAGANDA", "宣传委员", "DISCIPLINE", "纪检委员", "YOUTH", "青年委员", "UNITED_FRONT", "统战委员");

    public static final Map<String, String> GRADES = Map.of("EXCELLENT", "优秀", "QUALIFIED", "合格", "BASICALLY_QUALIFIED", "基本合格",
            "UNQUALIFIED", "不合格");

    public static final Map<String, String> HONOUR_LEVELS = Map.of("SCHOOL", "校级", "TOWN", "镇级", "DISTRICT", "区级", "CITY", "市级",
            "PROVINCE", "省级", "NATIONAL", "国家级");

    public static final Map<String, String> STATUSES = Map.of("FULL", "正式党员", "PROBATIONARY", "预备党员", "CANDIDATE", "发展对象",
            "ACTIVIST", "入党积极分子", "APPLICANT", "入党申请人");

    public static final Map<String, String> EDUCATION = Map.of("POSTGRADUATE", "研究生", "BACHELOR", "大学本科", "JUNIOR_COLLEGE", "大学专科",
            "SECONDARY_VOCATIONAL", "中专", "HIGH_SCHOOL", "高中", "JUNIOR_HIGH_OR_BELOW", "初中及以下", "UNKNOWN", "未登记");

    public static final Map<String, String> TERM_KINDS = Map.of("TERM_OVERDUE", "换届已逾期", "TERM_ENDING", "任期将在六个月内届满");
    public static final Map<String, String> CADENCE_UNITS = Map.of("MONTH", "每月", "QUARTER", "每季度", "YEAR", "每年");

    /** The steps of the development file (发展党员工作细则), as members-service names them. */
    public static final Map<String, String> DEVELOPMENT_STEPS = Map.ofEntries(
            Map.entry("APPLICATION_TALK", "党组织派人谈话"), Map.entry("MENTORS_APPOINTED", "指定培养联系人"),
            Map.entry("ACTIVIST_REPORT", "入党积极分子思想汇报"), Map.entry("ACTIVIST_REVIEW", "党支部培养考察"),
            Map.entry("RECOMMENDATION", "党员和群众推荐（推优）"), Map.entry("POLITICAL_REVIEW", "政治审查"),
            Map.entry("TRAINING", "发展对象集中培训"), Map.entry("PRE_REVIEW", "基层党委预审"), Map.entry("PUBLICITY", "发展对象公示"),
            Map.entry("ADMISSION_VOTE", "支部大会讨论接收预备党员"), Map.entry("HIGHER_COMMITTEE_TALK", "上级党委派人谈话"),
            Map.entry("ADMISSION_APPROVAL", "上级党委审批（接收预备党员）"), Map.entry("OATH", "入党宣誓"),
            Map.entry("PROBATION_REVIEW", "预备期考察"), Map.entry("PROBATION_EXTENSION", "延长预备期"),
            Map.entry("PROBATION_CANCELLATION", "取消预备党员资格"), Map.entry("CONVERSION_VOTE", "支部大会讨论预备党员转正"),
            Map.entry("CONVERSION_APPROVAL", "上级党委审批（预备党员转正）"));

    private Labels() {
    }

    public static String of(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }
}
