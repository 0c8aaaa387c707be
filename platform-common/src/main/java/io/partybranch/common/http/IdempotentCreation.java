package io.partybranch.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
    io.partybranch.common.security.CallerScope caller;

    public record Created(URI location, Object body) {
    }

    @Transactional
    public Response create(String key, String operation, Object request, Supplier<Created> action) {
        if (key == null) {
            return created(action.get());
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 characters");
        }
        String requestHash = sha256(json(request));
        // Keys are per caller: another client's key can neither collide with nor replay this one's result.
        operation = operation + " @" + caller.subject();
        @SuppressWarnings("unchecked")
        List<Object[]> previous = entityManager.createNativeQuery(
                        "select request_hash, response_status, response_location, response_body from idempotency_record "
                                + "where operation = :operation and idempotency_key = :key")
                .setParameter("operation", operation)
                .setParameter("key", key)
                .getResultList();
        if (!previous.isEmpty()) {
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
        Created result = action.get();
        int inserted = entityManager.createNativeQuery(
                        "insert into idempotency_record (operation, idempotency_key, request_hash, response_status, "
                                + "response_location, response_body, created_at) "
                                + "values (:operation, :key, :hash, 201, :location, :body, now()) on conflict do nothing")
                .setParameter("operation", operation)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("location", result.location() == null ? null : result.location().toString())
                .setParameter("body", json(result.body()))
                .executeUpdate();
        if (inserted == 0) {
            // A concurrent request with the same key committed first; undo ours so only one exists.
            throw ProblemException.conflict("idempotency-key-in-flight", "相同请求正在处理",
                    "Another request with Idempotency-Key " + key + " completed first; retry to get its result");
        }
        return created(result);
    }

    private static Response created(Created result) {
        return Response.created(result.location()).entity(result.body()).build();
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + value.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
