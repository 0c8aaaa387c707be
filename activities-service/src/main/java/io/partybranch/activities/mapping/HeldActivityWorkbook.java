package io.partybranch.activities.mapping;

import io.partybranch.activities.domain.ActivityType;
import io.partybranch.activities.domain.AttendanceStatus;
import io.partybranch.activities.mapping.SheetColumn.Spec;
import io.partybranch.activities.model.ActivityBatchModels.HeldActivity;
import io.partybranch.activities.model.ActivityRecordModels.AttendanceEntry;
import io.partybranch.activities.model.ActivityRecordModels.RecordRequest;
import io.partybranch.activities.model.ActivityRequest;
import io.partybranch.common.http.Problem;
import io.partybranch.common.workbook.BoundedWorkbookReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A branch's past activities as a workbook: sheet 活动 has one held activity per row, numbered by
 * 编号; sheet 出勤 has one row per member and activity (活动编号, 党员ID, 出勤情况, 请假事由). Each
 * activity becomes the same {@link HeldActivity} as POST /api/v1/activities/held takes, and every
 * problem names its sheet, row and column ({@code activities.rows[7].heldOn}, {@code attendance.rows[15].memberId}).
 */
public final class HeldActivityWorkbook {

    public static final String ACTIVITIES_SHEET = "活动";
    public static final String ATTENDANCE_SHEET = "出勤";
    static final String ACTIVITIES = "activities";
    static final String ATTENDANCE = "attendance";

    public enum ActivityColumn implements SheetColumn {
        REF(new Spec("编号", "ref", true)), ORGANIZATION(new Spec("组织ID", "organizationId", true)), TYPE(new Spec("类型", "type", true)), TITLE(
                new Spec("主题", "title", true)), PLANNED_FOR(new Spec("计划日期", "plannedFor", false)), HELD_ON(new Spec("召开日期", "heldOn",
                        true)), START_TIME(new Spec("开始时间", "startTime", false)), END_TIME(new Spec("结束时间", "endTime", false)), PLACE(
                                new Spec("地点", "place", false)), HOST(new Spec("主持人ID", "hostMemberId", false)), RECORDER(
                                        new Spec("记录人ID", "recorderMemberId", false)), SPEAKER(new Spec("主讲人", "speaker", false)), MINUTES(
                                                new Spec("会议记录", "minutes", false)), RESOLUTIONS(new Spec("决议", "resolutions", false));

        private final Spec spec;

        ActivityColumn(Spec spec) {
            this.spec = spec;
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    public enum AttendanceColumn implements SheetColumn {
        ACTIVITY(new Spec("活动编号", "activity", true)), MEMBER(new Spec("党员ID", "memberId", true)), NAME(
                new Spec("姓名", "fullName", false)), STATUS(new Spec("出勤情况", "status", true)), REASON(new Spec("请假事由", "reason", false));

        private final Spec spec;

        AttendanceColumn(Spec spec) {
            this.spec = spec;
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    static final BoundedWorkbookReader.Layout<ActivityColumn> ACTIVITY_LAYOUT = SheetColumn.layout(ActivityColumn.class, ACTIVITIES_SHEET,
            "sheet of held activities", JsonLines.MAX_LINES);
    // A year of a branch of fifty: a few hundred activities, each with its attendees.
    static final BoundedWorkbookReader.Layout<AttendanceColumn> ATTENDANCE_LAYOUT = SheetColumn.layout(AttendanceColumn.class,
            ATTENDANCE_SHEET, "attendance sheet", 9_000);

    private HeldActivityWorkbook() {
    }

    public static ImportFile<HeldActivity> read(byte[] workbook) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Building> byRef = new LinkedHashMap<>();
        for (BoundedWorkbookReader.Row<ActivityColumn> row : BoundedWorkbookReader.readNamedSheet(workbook, ACTIVITY_LAYOUT)) {
            SheetRow<ActivityColumn> cells = new SheetRow<>(ACTIVITIES, row, errors);
            String ref = cells.text(ActivityColumn.REF);
            if (ref == null) {
                cells.error(ActivityColumn.REF, "must number the activity, for its rows on sheet " + ATTENDANCE_SHEET);
            } else if (byRef.containsKey(ref)) {
                cells.error(ActivityColumn.REF, "numbers two activities; the first is on " + byRef.get(ref).field);
            } else {
                byRef.put(ref, new Building(cells));
            }
        }
        for (BoundedWorkbookReader.Row<AttendanceColumn> row : BoundedWorkbookReader.readNamedSheet(workbook, ATTENDANCE_LAYOUT)) {
            SheetRow<AttendanceColumn> cells = new SheetRow<>(ATTENDANCE, row, errors);
            String ref = cells.text(AttendanceColumn.ACTIVITY);
            Building activity = ref == null ? null : byRef.get(ref);
            if (activity == null) {
                cells.error(AttendanceColumn.ACTIVITY, ref == null
                        ? "must name the activity by its 编号 on sheet " + ACTIVITIES_SHEET
                        : "names no activity of sheet " + ACTIVITIES_SHEET);
                continue;
            }
            String place = cells.field();
            activity.places.put("record.attendance[" + activity.attendance.size() + "]", place);
            activity.attendance.add(new AttendanceEntry(cells.uuid(AttendanceColumn.MEMBER),
                    cells.choice(AttendanceColumn.STATUS, AttendanceStatus.class, AttendanceStatus::label),
                    cells.text(AttendanceColumn.REASON)));
        }
        return new ImportFile<>(byRef.values().stream().map(Building::item).toList(), errors);
    }

    /** One activity as its rows are read: the activity row, then its attendance rows. */
    private static final class Building {

        final String field;
        final ActivityRequest activity;
        final Function<List<AttendanceEntry>, RecordRequest> record;
        final List<AttendanceEntry> attendance = new ArrayList<>();
        final Map<String, String> places = new HashMap<>();

        Building(SheetRow<ActivityColumn> cells) {
            field = cells.field();
            LocalDate heldOn = cells.date(ActivityColumn.HELD_ON);
            LocalDate plannedFor = cells.date(ActivityColumn.PLANNED_FOR);
            activity = new ActivityRequest(cells.uuid(ActivityColumn.ORGANIZATION),
                    cells.choice(ActivityColumn.TYPE, ActivityType.class, ActivityType::label), cells.text(ActivityColumn.TITLE),
                    plannedFor == null ? heldOn : plannedFor, cells.text(ActivityColumn.PLACE));
            var startTime = cells.time(ActivityColumn.START_TIME);
            var endTime = cells.time(ActivityColumn.END_TIME);
            var host = cells.uuid(ActivityColumn.HOST);
            var recorder = cells.uuid(ActivityColumn.RECORDER);
            String place = cells.text(ActivityColumn.PLACE);
            String speaker = cells.text(ActivityColumn.SPEAKER);
            String minutes = cells.text(ActivityColumn.MINUTES);
            String resolutions = cells.text(ActivityColumn.RESOLUTIONS);
            record = attendance -> new RecordRequest(heldOn, startTime, endTime, place, host, recorder, speaker, null, minutes,
                    resolutions, attendance, null, null, null, null);
            for (ActivityColumn column : ActivityColumn.values()) {
                String prefix = switch (column) {
                    case REF -> null;
                    case ORGANIZATION, TYPE, TITLE, PLANNED_FOR -> "activity.";
                    default -> "record.";
                };
                if (prefix != null) {
                    places.put(prefix + column.property(), cells.field(column));
                }
            }
            places.put("activity.place", cells.field(ActivityColumn.PLACE));
            places.put("activity.plannedFor", cells.field(plannedFor == null ? ActivityColumn.HELD_ON : ActivityColumn.PLANNED_FOR));
            places.put("record.attendance", field);
        }

        ImportFile.Item<HeldActivity> item() {
            return new ImportFile.Item<>(new HeldActivity(activity, record.apply(List.copyOf(attendance))), field, places);
        }
    }
}
