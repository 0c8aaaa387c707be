package io.partybranch.members.service;

import java.time.YearMonth;
import java.util.UUID;

/** One branch's dues of one month: the unit figures are kept and published in. */
record BranchMonth(UUID organizationId, YearMonth month) {
}
