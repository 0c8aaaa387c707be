package io.partybranch.activities.service;

import io.partybranch.activities.mapping.ImportFile;
import io.partybranch.activities.model.EvaluationModels.EvaluationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Past democratic evaluations (民主评议党员) with their grades brought in from a file: each round
 * completed by EvaluationService exactly as POST /api/v1/evaluations does (everyone on the roster on
 * the day graded or excused, at most a third EXCELLENT, one round per branch and period), all or nothing.
 */
@ApplicationScoped
public class EvaluationImportService implements FileImportService<EvaluationRequest> {

    @Inject
    EvaluationService evaluations;

    @Inject
    FileImports imports;

    @Override
    public void check(ImportFile<EvaluationRequest> file, IntConsumer checked) {
        imports.check(file, round -> completeAll(List.of(round)), checked);
    }

    @Override
    public void validate(ImportFile<EvaluationRequest> file) {
        imports.validate(file);
    }

    @Override
    @Transactional
    public List<UUID> record(ImportFile<EvaluationRequest> file) {
        return imports.record(file, this::completeAll);
    }

    private List<UUID> completeAll(List<EvaluationRequest> rounds) {
        return FileImports.each(rounds, "evaluations", round -> evaluations.complete(round).id());
    }
}
