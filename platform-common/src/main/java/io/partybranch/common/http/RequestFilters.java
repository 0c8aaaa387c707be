package io.partybranch.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Request id propagation (the gateway sets X-Request-Id; direct callers get one made up) and the
 * body size limit answered as problem+json rather than the HTTP layer's bare 413.
 */
public class RequestFilters {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

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
                            "The body exceeds " + maxBodyBytes + " bytes", URI.create(request.getUriInfo().getPath()), null));
                }
            } catch (NumberFormatException ignored) {
                // The HTTP layer rejects a malformed Content-Length before it matters here.
            }
        }
        return null;
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
