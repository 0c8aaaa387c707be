package io.partybranch.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One thing a branch owes before it is missed, in the words a secretary reads
 * ("本月支部委员会尚未召开，剩余5天"), with the day it falls due in business time.
 *
 * @param kind CADENCE, PLANNED_ACTIVITY, DEVELOPMENT, TERM or SUMMARY
 * @param reference what it is about: the party group, activity, member, committee or summary deadline's organisation
 * @param urgent inside its lead time (or overdue)
 */
public record DueItem(String kind, String text, LocalDate dueOn, long daysLeft, boolean urgent, String type, UUID reference) {

    public static long daysLeft(LocalDate today, LocalDate dueOn) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /** "剩余5天", "今天到期" or "已逾期3天". */
    public static String remaining(long daysLeft) {
        return daysLeft > 0 ? "剩余" + daysLeft + "天" : daysLeft == 0 ? "今天到期" : "已逾期" + -daysLeft + "天";
    }

    /** 本月, 本季度, 本年度: the unit of a cadence as the sentence names it. */
    public static String unitWord(String unitKind) {
        return switch (unitKind) {
            case CadenceUnit.MONTH -> "本月";
            case CadenceUnit.QUARTER -> "本季度";
            case CadenceUnit.YEAR -> "本年度";
            default -> throw new IllegalArgumentException("unknown cadence unit " + unitKind);
        };
    }

    /** 召开 for meetings, 开展 for the rest. */
    public static String verb(String activityType) {
        return switch (activityType) {
            case "GENERAL_MEETING", "COMMITTEE_MEETING", "GROUP_MEETING", "ORGANIZATIONAL_LIFE_MEETING" -> "召开";
            case "PARTY_LECTURE" -> "讲授";
            default -> "开展";
        };
    }
}
