package io.partybranch.activities.service;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.activities.mapping.ImportFile;
import io.partybranch.activities.model.ActivityBatchModels.HeldActivity;
import io.partybranch.activities.model.EvaluationModels.EvaluationRequest;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.Claims;
import org.jboss.logging.Logger;
import org.jose4j.jwt.JwtClaims;

/**
 * Runs import jobs one at a time on a thread of its own, each as the caller who submitted it: the
 * same checks (every request tried alone, progress written as it goes), then everything recorded and
 * the job marked SUCCEEDED in one transaction, or the job FAILED with the problem a synchronous
 * import would have answered. Jobs left QUEUED or RUNNING by a stop are taken up again at start:
 * nothing of theirs was recorded, since recording is their last, single transaction.
 */
@ApplicationScoped
public class ImportJobRunner {

    private static final Logger LOG = Logger.getLogger(ImportJobRunner.class);

    @Inject
    ImportJobs jobs;

    @Inject
    HistoryImportService history;

    @Inject
    EvaluationImportService evaluations;

    @Inject
    ObjectMapper json;

    // Jobs queued or running in this process: a job is taken up once, whoever asks (a submission, a resume).
    private final Set<UUID> active = ConcurrentHashMap.newKeySet();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-jobs");
        thread.setDaemon(true);
        return thread;
    });

    public void resume(@Observes StartupEvent started) {
        jobs.unfinished().forEach(this::start);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Call once the job's row is committed. */
    public void start(UUID id) {
        if (active.add(id)) {
            worker.submit(() -> {
                try {
                    run(id);
                } finally {
                    active.remove(id);
                }
            });
        }
    }

    private void run(UUID id) {
        ImportJobs.Claimed job = inRequest(null, () -> jobs.claim(id));
        if (job != null) {
            // A request context of its own, the identity set before any bean reads it (scopes are resolved once per request).
            inRequest(identity(job.caller()), () -> {
                work(job);
                return null;
            });
        }
    }

    private void work(ImportJobs.Claimed job) {
        UUID id = job.id();
        try {
            IntConsumer progress = checked -> jobs.progress(id, checked);
            switch (job.kind()) {
                case HELD_ACTIVITIES -> run(job, HeldActivity.class, history, progress);
                case EVALUATIONS -> run(job, EvaluationRequest.class, evaluations, progress);
            }
        } catch (ProblemException refused) {
            jobs.fail(id, refused);
        } catch (RuntimeException e) {
            LOG.errorf(e, "import job %s failed", id);
            jobs.fail(id, new ProblemException(500, "/problems/internal", "服务器内部错误",
                    "The import failed inside the service; nothing was recorded. Submit it again or report it", null));
        }
    }

    private <T> void run(ImportJobs.Claimed job, Class<T> type, FileImportService<T> service, IntConsumer progress) {
        ImportFile<T> file = requests(job, type);
        service.check(file, progress);
        jobs.succeed(job.id(), () -> service.record(file));
    }

    private static <T> T inRequest(SecurityIdentity identity, Supplier<T> work) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            if (identity != null) {
                Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity);
            }
            return work.get();
        } finally {
            request.terminate();
        }
    }

    private <T> ImportFile<T> requests(ImportJobs.Claimed job, Class<T> type) {
        try {
            JavaType file = json.getTypeFactory().constructParametricType(ImportFile.class, type);
            return json.readValue(job.requests(), file);
        } catch (IOException e) {
            throw new IllegalStateException("the requests of import job " + job.id() + " cannot be read", e);
        }
    }

    /** The submitter's rights as the token carried them, without the token itself. */
    private static SecurityIdentity identity(ImportJobs.Caller caller) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(caller.subject());
        claims.setClaim(Claims.upn.name(), caller.subject());
        claims.setStringListClaim(Claims.groups.name(), caller.roles());
        claims.setStringListClaim(Roles.DISTRICTS_CLAIM, caller.districts());
        claims.setStringListClaim(Roles.ORGANIZATIONS_CLAIM, caller.organizations());
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .addRoles(Set.copyOf(caller.roles())).build();
    }
}
