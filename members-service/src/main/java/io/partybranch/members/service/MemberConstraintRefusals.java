package io.partybranch.members.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.http.UniqueConstraintRefusals;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** This service's unique constraints, answered as the same refusals as the checks that come before them. */
@ApplicationScoped
public class MemberConstraintRefusals implements UniqueConstraintRefusals {

    static ProblemException citizenIdRegistered() {
        // Conflict, not validation: the number is valid but already registered to an active member,
        // and the answer never says where.
        return ProblemException.conflict("citizen-id-registered", "身份证号已登记",
                "An active member with this citizen ID number is already registered");
    }

    @Override
    public Optional<ProblemException> refusalFor(String constraint) {
        return switch (constraint) {
            case "member_citizen_id_active" -> Optional.of(citizenIdRegistered());
            case "dues_bill_once_a_month" -> Optional.of(ProblemException.conflict("dues-bill-issued", "该月党费已开具",
                    "Another request issued the same bill meanwhile; issuing again leaves the bills as they are"));
            default -> Optional.empty();
        };
    }
}
