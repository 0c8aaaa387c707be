package io.partybranch.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The date a superior organisation wants its branches' summaries of a period by. Not scoped: a branch
 * reads the deadline its bureau set, which lies above its own scope; writes check the caller's scope.
 */
@Entity
@IdClass(SummaryDeadline.Key.class)
@Table(name = "summary_deadline")
public class SummaryDeadline extends PanacheEntityBase {
    @Id
    @Column(name = "organization_id")
    public UUID organizationId;
    @Id
    public String period;
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;
    @Column(name = "set_by", nullable = false)
    public String setBy;
    @Column(name = "set_at", nullable = false)
    public OffsetDateTime setAt;
    @Version
    public long version;

    /** The composite key, as JPA wants it: a class with the id fields' names. */
    public static class Key implements Serializable {
        public UUID organizationId;
        public String period;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organizationId, key.organizationId) && Objects.equals(period, key.period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, period);
        }
    }
}
