package io.partybranch.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A branch's compliance with the configured cadences over a period: each unit met or missed. */
public record Compliance(long met, long required, List<Cadence> cadences) {

    /** One cadence for the branch, or for one of its party groups when every group must keep it. */
    public record Cadence(String type, String every, UUID partyGroupId, long met, long required, List<Unit> units) {
    }

    public record Unit(String unit, LocalDate from, LocalDate to, boolean met) {
    }

    /**
     * What a period requires of every branch, whatever its records: the units wholly inside the period and already
     * over, per cadence. A branch is required the branch units once and the group units once per party group.
     */
    public record Requirement(List<Required> units, long branchUnits, long groupUnits) {

        public long of(long groups) {
            return branchUnits + groupUnits * groups;
        }
    }

    /** @param holderKind {@link CadenceUnit#BRANCH_HOLDER} or {@link CadenceUnit#GROUP_HOLDER} */
    public record Required(String type, CadenceUnit unit, String label, String holderKind) {
    }
}
