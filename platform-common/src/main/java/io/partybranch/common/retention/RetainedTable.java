package io.partybranch.common.retention;

import java.time.Duration;

/**
 * A service's own bookkeeping table that the platform's retention purges beside its own, in the same
 * small batches: declare one as a bean. The table needs a single-column key and a time column.
 *
 * @param table the table in the service's schema
 * @param key its primary key column
 * @param timeColumn the column whose age decides
 * @param age rows older than this go
 */
public record RetainedTable(String table, String key, String timeColumn, Duration age) {
}
