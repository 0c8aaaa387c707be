package io.partybranch.activities.service;

import io.partybranch.activities.mapping.ImportFile;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

/** An import of a file of requests, in the three steps a synchronous import and a job both take. */
public interface FileImportService<T> {

    /** Every unreadable part and field problem at once (400); writes nothing. */
    void validate(ImportFile<T> file);

    /** Every request the rules refuse on its own (409), each tried in a transaction that is rolled back. */
    void check(ImportFile<T> file, IntConsumer checked);

    /** Everything, in the caller's transaction. */
    List<UUID> record(ImportFile<T> file);
}
