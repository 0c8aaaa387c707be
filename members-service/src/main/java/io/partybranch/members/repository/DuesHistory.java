package io.partybranch.members.repository;

import io.partybranch.common.security.ScopeFilter;
import io.partybranch.common.time.BusinessCalendar;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** Every change of a member's dues after it was first written (a corrected payment, a re-priced bill). */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = MemberScope.OF_MEMBER)
@Table(name = "dues_history")
public class DuesHistory extends PanacheEntityBase {

    public static final String BILL = "BILL";
    public static final String PAYMENT = "PAYMENT";

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(nullable = false)
    public String subject;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(nullable = false)
    public String change;

    @Column(name = "from_value")
    public String fromValue;

    @Column(name = "to_value")
    public String toValue;

    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static void record(UUID memberId, String subject, UUID subjectId, String change, String from, String to,
            String reason, String recordedBy) {
        DuesHistory entry = new DuesHistory();
        entry.id = UUID.randomUUID();
        entry.memberId = memberId;
        entry.subject = subject;
        entry.subjectId = subjectId;
        entry.change = change;
        entry.fromValue = from;
        entry.toValue = to;
        entry.reason = reason;
        entry.recordedBy = recordedBy;
        entry.recordedAt = BusinessCalendar.now();
        entry.persist();
    }
}
