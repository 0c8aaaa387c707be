package io.partybranch.members.repository;

import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** A mentor (培养联系人) of an activist or an introducer (入党介绍人) of a candidate. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.member_id in (select m.id from member m where m.organization_id"
        + ScopeFilter.VISIBLE + ")")
@Table(name = "member_sponsor")
@IdClass(MemberSponsor.Key.class)
public class MemberSponsor extends PanacheEntityBase {

    public static final String MENTOR = "MENTOR";
    public static final String INTRODUCER = "INTRODUCER";

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Id
    @Column(name = "sponsor_id")
    public UUID sponsorId;

    @Id
    public String role;

    @Column(name = "assigned_on", nullable = false)
    public LocalDate assignedOn;

    public static class Key implements Serializable {
        public UUID memberId;
        public UUID sponsorId;
        public String role;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(memberId, key.memberId)
                    && Objects.equals(sponsorId, key.sponsorId) && Objects.equals(role, key.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(memberId, sponsorId, role);
        }
    }
}
