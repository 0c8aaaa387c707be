package io.partybranch.activities.service;

import io.partybranch.activities.mapping.ImportFile;
import io.partybranch.activities.model.ActivityBatchModels.HeldActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * A branch's past brought in from a file (JSON Lines or a workbook): every activity planned and
 * recorded through the same services and rules as the API (ActivityBatchService: the roster on each
 * date, 应到 and rate, quorum), all or nothing, every refused activity named (FileImports).
 */
@ApplicationScoped
public class HistoryImportService implements FileImportService<HeldActivity> {

    @Inject
    ActivityBatchService batches;

    @Inject
    FileImports imports;

    /** Runs outside the caller's transaction: each activity's trial is a transaction of its own, rolled back. */
    @Override
    public void check(ImportFile<HeldActivity> file, IntConsumer checked) {
        imports.check(file, activity -> batches.recordHeld(List.of(activity)), checked);
    }

    @Override
    public void validate(ImportFile<HeldActivity> file) {
        imports.validate(file);
    }

    @Override
    @Transactional
    public List<UUID> record(ImportFile<HeldActivity> file) {
        return imports.record(file, batches::recordHeld);
    }
}
