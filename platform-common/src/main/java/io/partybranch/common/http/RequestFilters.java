package io.partybranch.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Request id propagation (the gateway sets X-Request-Id; direct callers get one made up), the body
 * size limit answered as problem+json rather than the HTTP layer's bare 413 (when the request
 * declares its length; {@link BodyLimit} counts what is read), and the checks of the path and the
 * query that hold for every operation before routing: no control or direction characters, and no
 * query value longer than {@link InputBounds#MAX_QUERY_VALUE_LENGTH}.
 */
public class RequestFilters {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Set<String> BODILESS_METHODS = Set.of("GET", "HEAD");

    @ConfigProperty(name = "platform.http.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @ServerRequestFilter(preMatching = true)
    public Response beforeRequest(ContainerRequestContext request) {
        String requestId = request.getHeaderString(REQUEST_ID);
        if (requestId == null || !SAFE_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        request.setProperty(REQUEST_ID, requestId);
        MDC.put("requestId", requestId);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodyBytes) {
                    return ProblemMappers.respond(new Problem(URI.create("/problems/payload-too-large"), "请求内容过大", 413,
                            "The body exceeds " + maxBodyBytes + " bytes", URI.create(safePath(request)), null));
                }
            } catch (NumberFormatException ignored) {
                // The HTTP layer rejects a malformed Content-Length before it matters here.
            }
        }
        if (BODILESS_METHODS.contains(request.getMethod())) {
            // A GET has no body, so what its Content-Type says is meaningless: it must not make routing answer 415.
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
        return checkPathAndQuery(request);
    }

    private static Response checkPathAndQuery(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String pathProblem = InputBounds.textProblem(path);
        if (pathProblem != null) {
            return invalid(request, "path", pathProblem);
        }
        if (hasDotSegment(safePath(request))) {
            return invalid(request, "path", "must not contain '.' or '..' segments, encoded or not");
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (InputBounds.textProblem(name) != null || name.length() > InputBounds.MAX_QUERY_VALUE_LENGTH) {
                return invalid(request, "query", "has a parameter name that is too long or holds control characters");
            }
            for (String value : parameter.getValue()) {
                if (value.length() > InputBounds.MAX_QUERY_VALUE_LENGTH) {
                    return invalid(request, name, "must be at most " + InputBounds.MAX_QUERY_VALUE_LENGTH + " characters");
                }
                String problem = InputBounds.textProblem(value);
                if (problem != null) {
                    return invalid(request, name, problem);
                }
            }
        }
        return null;
    }

    /*
     * The HTTP layer resolves dot segments before routing, so /organizations/%2E%2E/members would reach
     * the members listing with no organisation in it: a caller must name the resource it means.
     */
    private static boolean hasDotSegment(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            String decoded = segment.replace("%2E", ".").replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static Response invalid(ContainerRequestContext request, String field, String message) {
        return ProblemMappers.respond(new Problem(URI.create("/problems/validation"), "请求参数有误", 400,
                "The request has an invalid field", URI.create(safePath(request)), List.of(new Problem.FieldError(field, message))));
    }

    private static String safePath(ContainerRequestContext request) {
        // The raw path, still percent-encoded, so that the instance itself carries no control character.
        String raw = request.getUriInfo().getRequestUri().getRawPath();
        return raw == null ? "/" : raw;
    }

    @ServerResponseFilter
    public void afterResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(REQUEST_ID);
        if (requestId != null) {
            response.getHeaders().putSingle(REQUEST_ID, requestId);
        }
        MDC.remove("requestId");
    }
}
