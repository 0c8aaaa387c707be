package io.partybranch.members.repository;

import io.partybranch.common.audit.Audited;
import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** What is known of a document attached to a development step; its bytes are kept by a {@code DocumentStore}. */
@Entity
@Table(name = "development_document")
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = MemberScope.OF_MEMBER)
public class DevelopmentDocument extends PanacheEntityBase implements Audited {

    @Id
    public UUID id;
    @Column(name = "member_id", nullable = false)
    public UUID memberId;
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;
    @Column(name = "step_id", nullable = false)
    public UUID stepId;
    @Column(name = "file_name", nullable = false)
    public String fileName;
    @Column(name = "content_type", nullable = false)
    public String contentType;
    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;
    @Column(nullable = false)
    public String sha256;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    public static List<DevelopmentDocument> ofStep(UUID stepId) {
        return list("stepId = ?1 order by uploadedAt, id", stepId);
    }

    public static List<DevelopmentDocument> ofMember(UUID memberId) {
        return list("memberId = ?1 order by uploadedAt, id", memberId);
    }

    @Override
    public UUID auditOrganization() {
        return organizationId;
    }
}
