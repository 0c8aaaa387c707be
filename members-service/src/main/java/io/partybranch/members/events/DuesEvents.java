package io.partybranch.members.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The dues event contract (deploy/asyncapi/platform-events.yaml). A branch's month in figures only:
 * no member, no income, no one person's amount, which is all the statistics need. (In a branch of
 * one paying member the month's total is that member's dues; the event goes to the platform's own
 * services only.)
 */
public final class DuesEvents {

    public static final String DUES_MONTH_UPDATED = "dues-month.updated.v1";

    private DuesEvents() {
    }

    /**
     * @param month yyyy-MM
     * @param membersPaid members whose bill of the month is paid in full, whenever they paid it
     * @param paid the part of the month's bills paid so far
     * @param membersBehind members of the month with at least one month unpaid at its end
     * @param version increases with every state of this branch and month
     * @param effectiveDate the month's last day
     */
    public record DuesMonthState(UUID id, UUID branchId, String month, int membersBilled, int membersExempt, int membersPaid,
            BigDecimal billed, BigDecimal paid, int membersBehind, int membersSixMonthsBehind, long version,
            LocalDate effectiveDate) {
    }
}
