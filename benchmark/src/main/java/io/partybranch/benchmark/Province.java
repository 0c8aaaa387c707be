package io.partybranch.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic province, the same for the same size and seed: a provincial education committee, one
 * district bureau committee per 200 branches, schools of one branch (every tenth a general branch
 * over three), party groups, about 30 people per branch at every stage of the pipeline, and one
 * school year of branch activities. Every name is invented; every ID number is a valid GB 11643
 * number of nobody.
 */
public final class Province {

    public static final LocalDate YEAR_START = LocalDate.of(2025, 9, 1);
    public static final LocalDate YEAR_END = LocalDate.of(2026, 7, 31);
    public static final String PROVINCE_CODE = "330000";
    static final int BRANCHES_PER_DISTRICT = 200;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗",
            "高"};
    private static final String[] GIVEN = {"晓", "明", "华", "伟", "芳", "静", "丽", "强", "磊", "洋", "艳", "敏", "军", "杰", "娟", "涛", "勇", "秀", "霞",
            "平"};
    private static final String[] EDUCATION = {"POSTGRADUATE", "BACHELOR", "BACHELOR", "BACHELOR", "JUNIOR_COLLEGE"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public record District(String code, String name, List<School> schools) {
    }

    /** A school: one branch, or a general branch over several. */
    public record School(String name, boolean general, List<Branch> branches) {
    }

    public record Branch(String name, int groups, List<Person> people) {
    }

    /** A person as registered: status and its dates, the party group (-1 none). */
    public record Person(String name, String gender, LocalDate birthDate, String citizenId, String education, String status,
            LocalDate appliedOn, LocalDate activistSince, LocalDate candidateSince, LocalDate joinedOn, LocalDate fullSince,
            String ownUnit, int group) {

        public LocalDate statusSince() {
            return switch (status) {
                case "FULL" -> fullSince;
                case "PROBATIONARY" -> joinedOn;
                case "CANDIDATE" -> candidateSince;
                case "ACTIVIST" -> activistSince;
                default -> appliedOn;
            };
        }

        /** A party member (full or probationary) by that day. */
        public boolean partyMemberOn(LocalDate day) {
            return joinedOn != null && !joinedOn.isAfter(day);
        }
    }

    private final List<District> districts = new ArrayList<>();
    /** People born on one day, per district and gender: the next free sequence number. */
    private final Map<String, Integer> sequences = new HashMap<>();
    private int people;

    public Province(int branches, long seed) {
        Random random = new Random(seed);
        int districtCount = Math.max(1, (branches + BRANCHES_PER_DISTRICT - 1) / BRANCHES_PER_DISTRICT);
        int made = 0;
        for (int d = 0; d < districtCount; d++) {
            String code = "33" + String.format("%02d", 1 + d / 20) + String.format("%02d", 1 + d % 20);
            int share = Math.min(BRANCHES_PER_DISTRICT, branches - made);
            List<School> schools = new ArrayList<>();
            for (int s = 0; share > 0; s++) {
                boolean general = s % 10 == 9 && share >= 3;
                int count = general ? 3 : 1;
                List<Branch> of = new ArrayList<>();
                for (int b = 0; b < count; b++) {
                    of.add(branch(random, code, general ? "第" + (b + 1) + "党支部" : "党支部"));
                }
                schools.add(new School("第" + (d + 1) + "区第" + (s + 1) + "学校", general, of));
                share -= count;
                made += count;
            }
            districts.add(new District(code, "第" + (d + 1) + "区教育局党委", schools));
        }
    }

    public List<District> districts() {
        return districts;
    }

    public int people() {
        return people;
    }

    public List<Branch> branches() {
        return districts.stream().flatMap(d -> d.schools().stream()).flatMap(s -> s.branches().stream()).toList();
    }

    private Branch branch(Random random, String district, String name) {
        int groups = 1 + random.nextInt(2);
        List<Person> members = new ArrayList<>();
        int size = 26 + random.nextInt(9);
        for (int i = 0; i < size; i++) {
            String status = i < size - 8
                    ? "FULL"
                    : List.of("PROBATIONARY", "PROBATIONARY", "CANDIDATE", "CANDIDATE", "ACTIVIST", "ACTIVIST",
                            "APPLICANT", "APPLICANT").get(i - (size - 8));
            members.add(person(random, district, status, status.equals("FULL") || status.equals("PROBATIONARY") ? i % groups : -1));
        }
        return new Branch(name, groups, members);
    }

    private Person person(Random random, String district, String status, int group) {
        people++;
        boolean male = random.nextBoolean();
        LocalDate birth = LocalDate.of(1962, 1, 1).plusDays(random.nextInt(13_500));
        // Odd sequence numbers for men, even for women, the next free one for the day: every number is unique.
        int taken = sequences.merge(district + birth + male, 1, Integer::sum);
        int sequence = (taken - 1) * 2 + (male ? 1 : 2);
        if (sequence > 999) {
            throw new IllegalStateException("more than 499 people of one gender born on " + birth + " in district " + district);
        }
        String first17 = district + birth.toString().replace("-", "") + String.format("%03d", sequence);
        String citizenId = first17 + check(first17);
        LocalDate adult = birth.plusYears(18);
        LocalDate applied = null;
        LocalDate activist = null;
        LocalDate candidate = null;
        LocalDate joined = null;
        LocalDate full = null;
        switch (status) {
            case "FULL" -> {
                LocalDate earliest = later(adult.plusYears(1), LocalDate.of(1985, 1, 1));
                long span = ChronoUnit.DAYS.between(earliest, LocalDate.of(2024, 8, 31));
                joined = earliest.plusDays(random.nextInt((int) Math.max(1, span)));
                full = joined.plusYears(1).plusDays(random.nextInt(40));
            }
            case "PROBATIONARY" -> joined = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(360));
            case "CANDIDATE" -> {
                activist = LocalDate.of(2023, 9, 1).plusDays(random.nextInt(300));
                candidate = activist.plusYears(1).plusDays(random.nextInt(200));
                applied = activist.minusDays(60 + random.nextInt(200));
            }
            case "ACTIVIST" -> {
                activist = LocalDate.of(2024, 9, 1).plusDays(random.nextInt(600));
                applied = activist.minusDays(60 + random.nextInt(200));
            }
            default -> applied = LocalDate.of(2025, 9, 1).plusDays(random.nextInt(400));
        }
        if (applied != null && applied.isBefore(adult)) {
            applied = adult;
        }
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)] + GIVEN[random.nextInt(GIVEN.length)];
        return new Person(name, male ? "MALE" : "FEMALE", birth, citizenId, EDUCATION[random.nextInt(EDUCATION.length)], status, applied,
                activist, candidate, joined, full, random.nextInt(25) == 0 ? "某幼儿园" : null, group);
    }

    /** The day in a month a branch holds a kind of meeting: a weekday, the same each month, so a year's plan reads naturally. */
    public static LocalDate meetingDay(YearMonth month, int weekOfMonth, DayOfWeek day) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.firstInMonth(day));
        LocalDate chosen = first.plusWeeks(weekOfMonth);
        return chosen.getMonth() == month.getMonth() ? chosen : first;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
