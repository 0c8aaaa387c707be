package io.partybranch.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One step in a summary's life (created, edited, refreshed, submitted, returned, accepted): who, when, what. */
@Entity
@IdClass(WorkSummaryHistory.Key.class)
@Table(name = "work_summary_history")
public class WorkSummaryHistory extends PanacheEntityBase {
    @Id
    @Column(name = "summary_id")
    public UUID summaryId;
    @Id
    public int seq;
    @Column(nullable = false)
    public String action;
    @Column(nullable = false)
    public String actor;
    @Column(name = "actor_role", nullable = false)
    public String actorRole;
    @Column(nullable = false)
    public OffsetDateTime at;
    /** The submitted version the step made or decided on. */
    public Integer version;
    public String section;
    /** JSON: the text written, the figures that changed, the comment given. */
    public String details;

    /** The composite key, as JPA wants it: a class with the id fields' names. */
    public static class Key implements Serializable {
        public UUID summaryId;
        public int seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(summaryId, key.summaryId) && Objects.equals(seq, key.seq);
        }

        @Override
        public int hashCode() {
            return Objects.hash(summaryId, seq);
        }
    }
}
