package io.partybranch.members.repository;

import io.partybranch.common.security.ScopeFilter;
import io.partybranch.common.time.BusinessCalendar;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** Every dated change of a member: what it was, what it became, when it took effect. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.member_id in (select m.id from member m where m.organization_id"
        + ScopeFilter.VISIBLE + ")")
@Table(name = "member_history")
public class MemberHistory extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "from_value")
    public String fromValue;

    @Column(name = "to_value")
    public String toValue;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    public String details;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static void record(UUID memberId, String kind, Object from, Object to, LocalDate effectiveDate, String details) {
        MemberHistory entry = new MemberHistory();
        entry.id = UUID.randomUUID();
        entry.memberId = memberId;
        entry.kind = kind;
        entry.fromValue = from == null ? null : from.toString();
        entry.toValue = to == null ? null : to.toString();
        entry.effectiveDate = effectiveDate;
        entry.details = details;
        entry.recordedAt = BusinessCalendar.now();
        entry.persist();
    }
}
