package io.partybranch.activities.rest;

import io.partybranch.activities.domain.ImportJob;
import io.partybranch.activities.mapping.ImportFile;
import io.partybranch.activities.model.ImportJobModels.ImportJobResponse;
import io.partybranch.activities.service.FileImportService;
import io.partybranch.activities.service.ImportJobRunner;
import io.partybranch.activities.service.ImportJobs;
import io.partybranch.common.http.IdempotentCreation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether an import runs now or as a job: as a job when the caller prefers it ({@code Prefer:
 * respond-async}) or the file holds more requests than {@code activities.imports.async-above}. Either
 * way the file has been read and every field checked first, so a 202 never hides a malformed file.
 */
@ApplicationScoped
public class ImportSubmission {

    public static final String PREFER = "Prefer";

    @ConfigProperty(name = "activities.imports.async-above", defaultValue = "200")
    int asyncAbove;

    @Inject
    ImportJobs jobs;

    @Inject
    IdempotentCreation idempotency;

    @Inject
    ImportJobRunner runner;

    /**
     * The file imported now (201, the body {@code created} makes of the ids) or as a job (202).
     *
     * @param resource the resource's URI, under which its jobs' status is
     */
    public <T> Response run(ImportJob.Kind kind, ImportFile<T> file, FileImportService<T> service, String prefer, String idempotencyKey,
            byte[] body, UriBuilder resource, Function<List<UUID>, IdempotentCreation.Created> created) {
        // One key space for both ways: a retry is answered as the first submission was (201 or 202), whatever its Prefer.
        String operation = "POST " + resource.build().getPath();
        if (asJob(prefer, file)) {
            service.validate(file);
            return submit(kind, file, resource.path("{id}"), idempotencyKey, operation, body);
        }
        service.check(file, checked -> {
        });
        return idempotency.create(idempotencyKey, operation, body, () -> created.apply(service.record(file)));
    }

    private boolean asJob(String prefer, ImportFile<?> file) {
        return file.size() > asyncAbove || (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async"));
    }

    /**
     * 202 with Location the job's status, once the job is committed and started. With an
     * Idempotency-Key the job's row and the key's record commit together, so a retry gets the first
     * 202 (the same job) and starts nothing; only a job this request submitted is started.
     */
    private Response submit(ImportJob.Kind kind, ImportFile<?> file, UriBuilder statusUri, String idempotencyKey, String operation,
            byte[] body) {
        List<UUID> submitted = new ArrayList<>(1);
        Response accepted = idempotency.accept(idempotencyKey, operation, body, () -> {
            UUID id = jobs.submit(kind, file, file.size(), jobs.current());
            submitted.add(id);
            return new IdempotentCreation.Created(statusUri.build(id), ImportJobResponse.of(jobs.get(kind, id)));
        });
        submitted.forEach(runner::start);
        return Response.fromResponse(accepted).header("Preference-Applied", "respond-async").build();
    }

    public ImportJobResponse status(ImportJob.Kind kind, UUID id) {
        return ImportJobResponse.of(jobs.get(kind, id));
    }
}
