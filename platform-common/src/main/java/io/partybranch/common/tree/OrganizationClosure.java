package io.partybranch.common.tree;

import io.partybranch.common.security.ScopeFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * One row of {@code organization_closure}: the descendant lies in the ancestor's subtree. Mapped so
 * that queries can say "in the subtree of" as a subquery ({@link OrganizationTree#inSubtree}); written
 * only by {@link OrganizationTree}.
 *
 * <p>The scope filter is declared here because every service's persistence unit holds this entity
 * and the filter's condition reads this table (see {@link ScopeFilter}).
 */
@Entity
@Table(name = "organization_closure")
@IdClass(OrganizationClosure.Key.class)
@FilterDef(name = ScopeFilter.NAME, applyToLoadByKey = true, parameters = {
        @ParamDef(name = ScopeFilter.DISTRICTS, type = String.class),
        @ParamDef(name = ScopeFilter.ROOTS, type = UUID.class)})
public class OrganizationClosure {

    @Id
    @Column(name = "ancestor_id")
    public UUID ancestorId;

    @Id
    @Column(name = "descendant_id")
    public UUID descendantId;

    @Column(nullable = false)
    public int depth;

    @Column(name = "ancestor_district", columnDefinition = "bpchar")
    public String ancestorDistrict;

    public static class Key implements Serializable {
        public UUID ancestorId;
        public UUID descendantId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(ancestorId, key.ancestorId)
                    && Objects.equals(descendantId, key.descendantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ancestorId, descendantId);
        }
    }
}
