package io.partybranch.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** A school year of one branch's meetings, with who came. */
final class ActivityPlan {

    private ActivityPlan() {
    }

    static LocalDate evaluationDay() {
        return Province.meetingDay(YearMonth.of(2026, 1), 2, DayOfWeek.THURSDAY);
    }

    static List<Map<String, Object>> of(ProvinceLoader.LoadedBranch branch, Random random) {
        List<Map<String, Object>> activities = new ArrayList<>();
        for (YearMonth month = YearMonth.from(Province.YEAR_START); !month.isAfter(YearMonth.from(Province.YEAR_END)); month = month
                .plusMonths(1)) {
            maybe(activities, random, branch, "COMMITTEE_MEETING", branch.id(), Province.meetingDay(month, 0, DayOfWeek.TUESDAY), 0.92);
            maybe(activities, random, branch, "THEME_DAY", branch.id(), Province.meetingDay(month, 2, DayOfWeek.FRIDAY), 0.9);
            for (UUID group : branch.groups()) {
                maybe(activities, random, branch, "GROUP_MEETING", group, Province.meetingDay(month, 1, DayOfWeek.WEDNESDAY), 0.88);
            }
            int m = month.getMonthValue();
            if (m == 11 || m == 3 || m == 6) {
                maybe(activities, random, branch, "GENERAL_MEETING", branch.id(), Province.meetingDay(month, 3, DayOfWeek.MONDAY), 0.95);
            }
            if (m == 10 || m == 1 || m == 4 || m == 7) {
                maybe(activities, random, branch, "PARTY_LECTURE", branch.id(), Province.meetingDay(month, 1, DayOfWeek.THURSDAY), 0.95);
            }
            if (m == 1) {
                maybe(activities, random, branch, "ORGANIZATIONAL_LIFE_MEETING", branch.id(),
                        Province.meetingDay(month, 2, DayOfWeek.TUESDAY), 1.0);
                maybe(activities, random, branch, "DEMOCRATIC_EVALUATION", branch.id(), evaluationDay(), 1.0);
            }
        }
        return activities;
    }

    private static void maybe(List<Map<String, Object>> activities, Random random, ProvinceLoader.LoadedBranch branch, String type,
            UUID holder,
            LocalDate day, double chance) {
        if (random.nextDouble() >= chance) {
            return;
        }
        List<Map<String, Object>> present = new ArrayList<>();
        for (UUID member : expected(branch, type, holder, day)) {
            if (random.nextInt(10) > 0) {
                present.add(Map.of("memberId", member, "status", "PRESENT"));
            }
        }
        activities.add(Map.of("activity", Map.of("organizationId", holder, "type", type, "title", title(type), "plannedFor", day),
                "record", Map.of("heldOn", day, "attendance", present)));
    }

    /** Who is expected (应到) on the day: the committee at its meetings, the group at its own, otherwise the branch's party members. */
    private static List<UUID> expected(ProvinceLoader.LoadedBranch branch, String type, UUID holder, LocalDate day) {
        if (type.equals("COMMITTEE_MEETING")) {
            return branch.committee();
        }
        int group = type.equals("GROUP_MEETING") ? branch.groups().indexOf(holder) : -1;
        return branch.people().stream().filter(p -> p.plan().partyMemberOn(day) && (group < 0 || p.plan().group() == group))
                .map(ProvinceLoader.LoadedPerson::id).toList();
    }

    private static String title(String type) {
        return switch (type) {
            case "COMMITTEE_MEETING" -> "支部委员会";
            case "THEME_DAY" -> "主题党日";
            case "GROUP_MEETING" -> "党小组会";
            case "GENERAL_MEETING" -> "支部党员大会";
            case "PARTY_LECTURE" -> "党课";
            case "ORGANIZATIONAL_LIFE_MEETING" -> "组织生活会";
            default -> "民主评议党员";
        };
    }
}
