package io.partybranch.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.codec.Sha256;
import io.partybranch.common.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes a creating POST safe to retry: the first response for an {@code Idempotency-Key} is stored
 * in the same transaction as what it created, and a retry gets that response back instead of a
 * second resource. Reusing a key for a different body is refused, since the client is confused.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    CallerScope caller;

    public record Created(URI location, Object body) {
    }

    /**
     * The key is claimed before the action runs, in the action's transaction. A concurrent request
     * with the same key waits on that claim (the primary key of {@code idempotency_record}) until
     * the first commits, and then replays the first result; if the first fails, its claim rolls back
     * with it and the waiting request runs the action itself. So parallel retries create one resource
     * and all get the first response, with no 409 to retry.
     */
    @Transactional
    public Response create(String key, String operation, Object request, Supplier<Created> action) {
        return respond(Response.Status.CREATED, key, operation, request, action);
    }

    /**
     * The same for a POST that starts asynchronous work (an import job): 202 with {@code Location} its
     * status, and a retry gets that 202 back, the same job, instead of starting a second one. The
     * action's effects must only start once the transaction commits (a job runner would not yet see
     * the job's row).
     */
    @Transactional
    public Response accept(String key, String operation, Object request, Supplier<Created> action) {
        return respond(Response.Status.ACCEPTED, key, operation, request, action);
    }

    private Response respond(Response.Status status, String key, String operation, Object request, Supplier<Created> action) {
        if (key == null) {
            return answer(status, action.get());
        }
        if (key.isBlank() || key.length() > 200 || InputBounds.textProblem(key) != null) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 characters without control characters");
        }
        String requestHash = Sha256.hex(json(request).getBytes(StandardCharsets.UTF_8));
        // Keys are per caller: another client's key can neither collide with nor replay this one's result.
        String scopedOperation = operation + " @" + caller.subject();
        int claimed = entityManager.createNativeQuery(
                "insert into idempotency_record (operation, idempotency_key, request_hash, response_status, created_at) "
                        + "values (:operation, :key, :hash, 0, now()) on conflict do nothing")
                .setParameter("operation", scopedOperation)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scopedOperation, key, requestHash);
        }
        Created result = action.get();
        entityManager.createNativeQuery(
                "update idempotency_record set response_status = :status, response_location = :location, response_body = :body "
                        + "where operation = :operation and idempotency_key = :key")
                .setParameter("status", status.getStatusCode())
                .setParameter("operation", scopedOperation)
                .setParameter("key", key)
                .setParameter("location", result.location() == null ? null : result.location().toString())
                .setParameter("body", json(result.body()))
                .executeUpdate();
        return answer(status, result);
    }

    private Response replay(String operation, String key, String requestHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> previous = entityManager.createNativeQuery(
                "select request_hash, response_status, response_location, response_body from idempotency_record "
                        + "where operation = :operation and idempotency_key = :key")
                .setParameter("operation", operation)
                .setParameter("key", key)
                .getResultList();
        if (previous.isEmpty()) {
            // Only when the claim was removed between our insert and this read, which nothing does.
            throw ProblemException.conflict("idempotency-key-in-flight", "相同请求正在处理",
                    "Another request with Idempotency-Key " + key + " is being processed; retry to get its result");
        }
        Object[] row = previous.get(0);
        if (!requestHash.equals(row[0])) {
            throw new ProblemException(422, "/problems/idempotency-key-reused", "幂等键已用于其他请求",
                    "Idempotency-Key " + key + " was already used with a different request body", null);
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true")
                .entity(row[3])
                .type(MediaType.APPLICATION_JSON_TYPE);
        if (row[2] != null) {
            replay.location(URI.create((String) row[2]));
        }
        return replay.build();
    }

    private static Response answer(Response.Status status, Created result) {
        return Response.status(status).location(result.location()).entity(result.body()).build();
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + value.getClass().getSimpleName(), e);
        }
    }

}
