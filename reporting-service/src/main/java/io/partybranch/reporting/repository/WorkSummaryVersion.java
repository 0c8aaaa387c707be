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

/** One submitted version of a summary, never changed but for the decision on it; reached only through its summary. */
@Entity
@IdClass(WorkSummaryVersion.Key.class)
@Table(name = "work_summary_version")
public class WorkSummaryVersion extends PanacheEntityBase {
    @Id
    @Column(name = "summary_id")
    public UUID summaryId;
    @Id
    public int number;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String closing;
    @Column(nullable = false)
    public String generated;
    @Column(nullable = false)
    public String figures;
    @Column(name = "figures_as_of")
    public OffsetDateTime figuresAsOf;
    @Column(nullable = false)
    public String narratives;
    @Column(nullable = false)
    public byte[] docx;
    @Column(name = "docx_sha256", nullable = false, columnDefinition = "bpchar")
    public String docxSha256;
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
    @Column(name = "submitted_role", nullable = false)
    public String submittedRole;
    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;
    public String decision;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_role")
    public String decidedRole;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    public String comment;

    /** The composite key, as JPA wants it: a class with the id fields' names. */
    public static class Key implements Serializable {
        public UUID summaryId;
        public int number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(summaryId, key.summaryId) && Objects.equals(number, key.number);
        }

        @Override
        public int hashCode() {
            return Objects.hash(summaryId, number);
        }
    }
}
