package io.partybranch.members.mapping;

import io.partybranch.common.workbook.BoundedWorkbookReader;
import io.partybranch.members.domain.CitizenIdNumbers;
import io.partybranch.members.domain.Education;
import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.model.MemberRequest;
import io.partybranch.members.repository.Member;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of the 党员花名册 spreadsheet, defined once for the template, the import and the
 * export. Each is one property of {@link MemberRequest}: branches see the Chinese header, while
 * validation errors name the property, like every other error of the API.
 */
public enum RosterColumn {
    FULL_NAME("姓名", "fullName", true, Kind.TEXT, 10, null), GENDER("性别", "gender", true, Kind.CHOICE, 6,
            Choice.of(Gender.values(), Gender::label)), ETHNICITY("民族", "ethnicity", false, Kind.TEXT, 8, null), BIRTH_DATE("出生日期",
                    "birthDate", true, Kind.DATE, 12, null), CITIZEN_ID("身份证号", "citizenId", true, Kind.TEXT, 21, null), EDUCATION("学历",
                            "education", false, Kind.CHOICE, 11, Choice.of(Education.values(), Education::label)), JOB_TITLE("职务/岗位",
                                    "jobTitle", false, Kind.TEXT, 14,
                                    null), PHONE("联系电话", "phone", false, Kind.TEXT, 14, null), POLITICAL_STATUS("党员类别", "politicalStatus",
                                            true, Kind.CHOICE, 13,
                                            Choice.of(PoliticalStatus.values(), PoliticalStatus::label)), STATUS_SINCE("当前类别起始日期",
                                                    "statusSince", true, Kind.DATE, 17,
                                                    null), APPLIED_ON("入党申请日期", "appliedOn", false, Kind.DATE, 13, null), ACTIVIST_SINCE(
                                                            "确定积极分子日期", "activistSince", false, Kind.DATE, 17,
                                                            null), CANDIDATE_SINCE("确定发展对象日期", "candidateSince", false, Kind.DATE, 17,
                                                                    null), JOINED_ON("入党日期", "joinedOn", false, Kind.DATE, 12,
                                                                            null), OWN_UNIT("所属单位", "ownUnit", false, Kind.TEXT, 16,
                                                                                    null), RESPONSIBILITY_ZONE("党员责任区",
                                                                                            "responsibilityZone", false, Kind.TEXT, 16,
                                                                                            null);

    /** The sheet the template and the export write, and the one an import prefers. */
    public static final String SHEET_NAME = "党员花名册";

    /** Export only: the export may span a subtree, while an import always targets one branch. */
    public static final String ORGANIZATION_HEADER = "所在组织";

    // Spreadsheets typed by hand write dates as 1985-4-12, 1985/04/12, 1985.4.12 or 1985年4月12日.
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    public enum Kind {
        TEXT, DATE, CHOICE
    }

    private final String header;
    private final String property;
    private final boolean required;
    private final Kind kind;
    private final int width;
    private final Choice<?> choice;

    RosterColumn(String header, String property, boolean required, Kind kind, int width, Choice<?> choice) {
        this.header = header;
        this.property = property;
        this.required = required;
        this.kind = kind;
        this.width = width;
        this.choice = choice;
    }

    public String header() {
        return header;
    }

    /** The {@link MemberRequest} property, as named in validation errors. */
    public String property() {
        return property;
    }

    /** A roster without this column cannot register anyone. */
    public boolean required() {
        return required;
    }

    public Kind kind() {
        return kind;
    }

    /** Column width in characters, wide enough for the header and a typical value. */
    public int width() {
        return width;
    }

    /** The labels a CHOICE column accepts, in domain order; empty for other columns. */
    public List<String> labels() {
        return choice == null ? List.of() : choice.labels();
    }

    /** The column whose header this is, tolerating the spacing and marks of hand-made rosters; null if none. */
    public static RosterColumn byHeader(String text) {
        String bare = BoundedWorkbookReader.bareHeader(text);
        return Arrays.stream(values()).filter(c -> c.header.equals(bare)).findFirst().orElse(null);
    }

    /**
     * The typed value of a non-blank cell.
     *
     * @throws IllegalArgumentException with the message for the row's field error (never echoing the cell)
     */
    public Object parse(String text) {
        return switch (kind) {
            case TEXT -> text;
            case CHOICE -> choice.parse(text);
            case DATE -> parseDate(text);
        };
    }

    /** The cell text of the export: dates as yyyy-MM-dd, choices by label, citizen ID and phone masked as the API does. */
    public String exportText(Member member, String citizenId, boolean revealCitizenId) {
        Object value = switch (this) {
            case FULL_NAME -> member.fullName;
            case GENDER -> member.gender.label();
            case ETHNICITY -> member.ethnicity;
            // Whoever may not see the number whole sees the year only: the date is eight of its digits.
            case BIRTH_DATE -> revealCitizenId ? member.birthDate : member.birthDate.getYear();
            case CITIZEN_ID -> revealCitizenId ? citizenId : CitizenIdNumbers.mask(citizenId);
            case EDUCATION -> member.education == null ? null : member.education.label();
            case JOB_TITLE -> member.jobTitle;
            case PHONE -> MemberMapper.maskPhone(member.phone);
            case POLITICAL_STATUS -> member.politicalStatus.label();
            case STATUS_SINCE -> member.statusSince;
            case APPLIED_ON -> member.appliedOn;
            case ACTIVIST_SINCE -> member.activistSince;
            case CANDIDATE_SINCE -> member.candidateSince;
            case JOINED_ON -> member.joinedOn;
            case OWN_UNIT -> member.ownUnit;
            case RESPONSIBILITY_ZONE -> member.responsibilityZone;
        };
        return value == null ? null : value.toString();
    }

    /** A registration in the branch from one row's parsed values; absent columns stay null for validation to judge. */
    public static MemberRequest toRequest(UUID branchId, Map<RosterColumn, Object> values) {
        return new MemberRequest(branchId,
                (String) values.get(FULL_NAME),
                (Gender) values.get(GENDER),
                (String) values.get(ETHNICITY),
                (LocalDate) values.get(BIRTH_DATE),
                (String) values.get(CITIZEN_ID),
                (Education) values.get(EDUCATION),
                (String) values.get(JOB_TITLE),
                (String) values.get(PHONE),
                (PoliticalStatus) values.get(POLITICAL_STATUS),
                (LocalDate) values.get(STATUS_SINCE),
                (LocalDate) values.get(APPLIED_ON),
                (LocalDate) values.get(ACTIVIST_SINCE),
                (LocalDate) values.get(CANDIDATE_SINCE),
                (LocalDate) values.get(JOINED_ON),
                (String) values.get(OWN_UNIT),
                (String) values.get(RESPONSIBILITY_ZONE), null);
    }

    private static LocalDate parseDate(String text) {
        Matcher date = DATE.matcher(text);
        if (date.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("is not a calendar date");
            }
        }
        throw new IllegalArgumentException("must be a date as yyyy-MM-dd");
    }

    /** The values of a domain enum, read by their Chinese label (or, for API clients, by name). */
    private record Choice<E extends Enum<E>>(List<E> values, Function<E, String> label) {

        static <E extends Enum<E>> Choice<E> of(E[] values, Function<E, String> label) {
            return new Choice<>(List.of(values), label);
        }

        List<String> labels() {
            return values.stream().map(label).toList();
        }

        E parse(String text) {
            return values.stream()
                    .filter(value -> label.apply(value).equals(text) || value.name().equalsIgnoreCase(text))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("must be one of " + String.join("、", labels())));
        }
    }
}
