package io.partybranch.activities.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.activities.domain.ActivitiesRule;
import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import io.partybranch.activities.domain.AttendanceFigures;
import io.partybranch.activities.domain.AttendanceStatus;
import io.partybranch.activities.events.ActivitiesEvents;
import io.partybranch.activities.mapping.ActivityMapper;
import io.partybranch.activities.model.ActivityRecordModels.AttendanceEntry;
import io.partybranch.activities.model.ActivityRecordModels.AttendanceRecord;
import io.partybranch.activities.model.ActivityRecordModels.AttendanceSheet;
import io.partybranch.activities.model.ActivityRecordModels.CancellationRequest;
import io.partybranch.activities.model.ActivityRecordModels.Figures;
import io.partybranch.activities.model.ActivityRecordModels.RecordRequest;
import io.partybranch.activities.model.ActivityRecordModels.Revision;
import io.partybranch.activities.model.ActivityResponse;
import io.partybranch.activities.repository.Activity;
import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.ETags;
import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Recording what happened: attendance checked against the roster on the activity's date, 应到 and
 * the attendance rate stored with the record, quorum flagged (a meeting without one is recorded,
 * not refused), cancellations, and corrections that keep every earlier version.
 */
@ApplicationScoped
@Transactional
public class ActivityRecordService {

    @Inject
    ActivityService activities;

    @Inject
    RosterQueries roster;

    @Inject
    ActivityDetails details;

    @Inject
    EventPublisher events;

    @Inject
    EntityManager entityManager;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    BulkSql bulk;

    public ActivityResponse record(UUID id, String ifMatch, RecordRequest request) {
        Activity activity = activities.find(id);
        ETags.requireMatch(ifMatch, activity.version);
        if (activity.status != ActivityStatus.PLANNED) {
            throw ProblemException.refused(ActivitiesRule.ACTIVITY_NOT_PLANNED,
                    "The activity is " + activity.status + "; correct a held activity with PUT instead");
        }
        List<ActivitiesEvents.Attendance> attendance = apply(activity, request);
        activity.status = ActivityStatus.HELD;
        return save(activity, ActivitiesEvents.ACTIVITY_HELD, attendance);
    }

    public ActivityResponse correct(UUID id, String ifMatch, RecordRequest request) {
        Activity activity = activities.find(id);
        ETags.requireMatch(ifMatch, activity.version);
        if (activity.status != ActivityStatus.HELD) {
            throw ProblemException.refused(ActivitiesRule.ACTIVITY_NOT_HELD,
                    "Only a HELD activity can be corrected; this one is " + activity.status);
        }
        keepRevision(activity);
        return save(activity, ActivitiesEvents.ACTIVITY_CORRECTED, apply(activity, request));
    }

    public ActivityResponse cancel(UUID id, String ifMatch, CancellationRequest request) {
        Activity activity = activities.find(id);
        ETags.requireMatch(ifMatch, activity.version);
        if (activity.status != ActivityStatus.PLANNED) {
            throw ProblemException.refused(ActivitiesRule.ACTIVITY_NOT_PLANNED, "The activity is " + activity.status);
        }
        activity.status = ActivityStatus.CANCELLED;
        activity.cancelReason = request.reason().trim();
        return save(activity, ActivitiesEvents.ACTIVITY_CANCELLED, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttendanceSheet attendance(UUID id) {
        Activity activity = activities.find(id);
        List<AttendanceRecord> members = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select member_id, status, reason, expected from attendance where activity_id = :a")
                .setParameter("a", id).getResultList();
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> ids.add((UUID) r[0]));
        Map<UUID, String> names = roster.names(ids);
        for (Object[] row : rows) {
            AttendanceStatus status = AttendanceStatus.valueOf((String) row[1]);
            members.add(new AttendanceRecord((UUID) row[0], names.get((UUID) row[0]), status, status.label(), (String) row[2],
                    (Boolean) row[3]));
        }
        members.sort(Comparator.comparing((AttendanceRecord r) -> !r.expected())
                .thenComparing(r -> r.fullName() == null ? "" : r.fullName()));
        @SuppressWarnings("unchecked")
        List<String> guests = entityManager.createNativeQuery("select name from activity_guest where activity_id = :a order by position")
                .setParameter("a", id).getResultList();
        Figures figures = activity.expectedCount == null
                ? null
                : new Figures(activity.expectedCount, activity.presentCount,
                        activity.attendanceRate, activity.votingExpected, activity.votingPresent, activity.quorumMet);
        return new AttendanceSheet(figures, members, guests);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revision> revisions(UUID id) {
        activities.find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select version, changed_by, changed_at, snapshot from activity_revision where activity_id = :a order by version")
                .setParameter("a", id).getResultList();
        List<Revision> revisions = new ArrayList<>();
        for (Object[] row : rows) {
            try {
                revisions.add(new Revision(((Number) row[0]).longValue(), (String) row[1], JdbcValues.offsetDateTime(row[2]),
                        objectMapper.readTree((String) row[3])));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored revision of activity " + id + " is not JSON", e);
            }
        }
        return revisions;
    }

    /** @return the attendance written, every row as the event carries it */
    private List<ActivitiesEvents.Attendance> apply(Activity activity, RecordRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.startTime() != null && request.endTime() != null && !request.endTime().isAfter(request.startTime())) {
            errors.add(new Problem.FieldError("endTime", "must be after startTime"));
        }
        Map<UUID, AttendanceEntry> entries = new LinkedHashMap<>();
        for (int i = 0; i < request.attendance().size(); i++) {
            AttendanceEntry entry = request.attendance().get(i);
            if (entries.put(entry.memberId(), entry) != null) {
                errors.add(new Problem.FieldError("attendance[" + i + "].memberId", "names a member twice"));
            }
            if (entry.status() == AttendanceStatus.EXCUSED && (entry.reason() == null || entry.reason().isBlank())) {
                errors.add(new Problem.FieldError("attendance[" + i + "].reason", "is required when EXCUSED"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        var date = request.heldOn();
        boolean groupMeeting = activity.type == ActivityType.GROUP_MEETING;
        UUID where = groupMeeting ? activity.organizationId : activity.branchId;
        Set<UUID> named = new HashSet<>(entries.keySet());
        Set<UUID> belonging = roster.belonging(named, where, groupMeeting, date);
        named.removeAll(belonging);
        if (!named.isEmpty()) {
            String unit = groupMeeting ? "party group" : "branch";
            throw ProblemException.refused(groupMeeting ? ActivitiesRule.ATTENDEE_NOT_IN_GROUP : ActivitiesRule.ATTENDEE_NOT_IN_BRANCH,
                    named.size() + " attendee(s) did not belong to the " + unit + " on " + date + ": " + named)
                    .naming(IntStream.range(0, request.attendance().size())
                            .filter(i -> named.contains(request.attendance().get(i).memberId()))
                            .mapToObj(i -> new Problem.FieldError("attendance[" + i + "].memberId",
                                    "did not belong to the " + unit + " on " + date))
                            .toList());
        }
        // Host and recorder asked about in one query; the first of them (host, then recorder) outside the branch is named.
        List<UUID> officers = Stream.of(request.hostMemberId(), request.recorderMemberId()).filter(Objects::nonNull).toList();
        Set<UUID> officersInBranch = roster.belonging(new HashSet<>(officers), activity.branchId, false, date);
        for (UUID person : officers) {
            if (!officersInBranch.contains(person)) {
                throw ProblemException.refused(ActivitiesRule.HOST_NOT_IN_BRANCH,
                        "Host and recorder must belong to the branch on " + date + "; " + person + " did not");
            }
        }

        activity.details = details.of(activity, request, date);

        Map<UUID, RosterQueries.Expected> expected = roster.expected(activity.type, activity.branchId, activity.organizationId, date);
        int present = 0;
        int votingExpected = 0;
        int votingPresent = 0;
        entityManager.createNativeQuery("delete from attendance where activity_id = :a").setParameter("a", activity.id).executeUpdate();
        entityManager.createNativeQuery("delete from activity_guest where activity_id = :a").setParameter("a", activity.id).executeUpdate();
        List<ActivitiesEvents.Attendance> written = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (RosterQueries.Expected member : expected.values()) {
            AttendanceEntry entry = entries.remove(member.memberId());
            AttendanceStatus status = entry == null ? AttendanceStatus.ABSENT : entry.status();
            written.add(new ActivitiesEvents.Attendance(member.memberId(), status.name(), true));
            reasons.add(entry == null ? null : entry.reason());
            present += status == AttendanceStatus.PRESENT ? 1 : 0;
            if (member.votes()) {
                votingExpected++;
                votingPresent += status == AttendanceStatus.PRESENT ? 1 : 0;
            }
        }
        // Whoever is left sat in (e.g. a newly arrived leader at a committee meeting): recorded, not counted.
        for (AttendanceEntry entry : entries.values()) {
            written.add(new ActivitiesEvents.Attendance(entry.memberId(), entry.status().name(), false));
            reasons.add(entry.reason());
        }
        insertAttendance(activity.id, written, reasons);
        List<String> guests = request.guests() == null ? List.of() : request.guests();
        if (!guests.isEmpty()) {
            Integer[] positions = new Integer[guests.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            bulk.update("insert into activity_guest (activity_id, position, name) select ?, * from unnest(?::int4[], ?::text[])",
                    activity.id, positions, guests.stream().map(String::trim).toArray(String[]::new));
        }

        activity.heldOn = date;
        activity.plannedFor = date;
        activity.startTime = request.startTime();
        activity.endTime = request.endTime();
        if (request.place() != null) {
            activity.place = request.place();
        }
        activity.hostMemberId = request.hostMemberId();
        activity.recorderMemberId = request.recorderMemberId();
        activity.speaker = request.speaker();
        activity.documents = ActivityMapper.joinDocuments(request.documents());
        activity.minutes = request.minutes();
        activity.resolutions = request.resolutions();
        AttendanceFigures figures = AttendanceFigures.of(activity.type, expected.size(), present, votingExpected, votingPresent);
        activity.expectedCount = figures.expected();
        activity.presentCount = figures.present();
        activity.attendanceRate = figures.attendanceRate();
        activity.votingExpected = figures.votingExpected();
        activity.votingPresent = figures.votingPresent();
        activity.quorumMet = figures.quorumMet();
        return written;
    }

    /** Every attendance row of the record in one statement. */
    private void insertAttendance(UUID activity, List<ActivitiesEvents.Attendance> rows, List<String> reasons) {
        if (rows.isEmpty()) {
            return;
        }
        bulk.update("""
                insert into attendance (activity_id, member_id, status, reason, expected)
                select ?, * from unnest(?::uuid[], ?::text[], ?::text[], ?::bool[])""",
                activity, rows.stream().map(ActivitiesEvents.Attendance::memberId).toArray(UUID[]::new),
                rows.stream().map(ActivitiesEvents.Attendance::status).toArray(String[]::new), reasons.toArray(String[]::new),
                rows.stream().map(ActivitiesEvents.Attendance::expected).toArray(Boolean[]::new));
    }

    private void keepRevision(Activity activity) {
        String snapshot;
        try {
            snapshot = objectMapper.writeValueAsString(Map.of("activity", ActivityMapper.toResponse(activity),
                    "attendance", attendance(activity.id)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("activity " + activity.id + " could not be kept as a revision", e);
        }
        entityManager.createNativeQuery("""
                insert into activity_revision (activity_id, version, changed_by, changed_at, snapshot)
                values (:a, :v, :by, :at, :s)""")
                .setParameter("a", activity.id).setParameter("v", activity.version).setParameter("by", caller.subject())
                .setParameter("at", BusinessCalendar.now()).setParameter("s", snapshot).executeUpdate();
    }

    private ActivityResponse save(Activity activity, String eventType, List<ActivitiesEvents.Attendance> attendance) {
        activity.updatedAt = BusinessCalendar.now();
        activity.persistAndFlush();
        events.publish(eventType, activity.id, activity.branchId, ActivityMapper.toEvent(activity, attendance));
        return ActivityMapper.toResponse(activity);
    }
}
