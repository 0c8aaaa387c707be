package io.partybranch.common.security;

import io.partybranch.common.http.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one gate of every /api call: a valid bearer token (signature, issuer, audience, expiry are
 * checked by smallrye-jwt), a known role, and for anything but reads a role that may write.
 * Operators' endpoints under /q (health, OpenAPI, Swagger UI, metrics) are not JAX-RS and stay open.
 */
public class SecurityFilters {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Response> authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        // Problems name the path as sent (still percent-encoded): a decoded one may hold characters no URI can.
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return identities.getDeferredIdentity()
                .map(identity -> decide(identity, request.getMethod(), path, request.getHeaderString(HttpHeaders.AUTHORIZATION)))
                .onFailure()
                .recoverWithItem(failure -> unauthorized(path, "The bearer token is not valid (signature, issuer, audience or expiry)"));
    }

    private static Response decide(SecurityIdentity identity, String method, String path, String authorization) {
        if (identity.isAnonymous()) {
            return unauthorized(path, authorization == null ? "A bearer token is required" : "The bearer token is not valid");
        }
        if (Roles.ALL.stream().noneMatch(identity::hasRole)) {
            return problem(403, "/problems/forbidden", "无权访问", "The token carries none of the platform's roles", path);
        }
        if (!READ_METHODS.contains(method) && Roles.WRITERS.stream().noneMatch(identity::hasRole)) {
            return problem(403, "/problems/forbidden", "无权操作", "This role may only read", path);
        }
        return null;
    }

    private static Response unauthorized(String path, String detail) {
        Response response = problem(401, "/problems/unauthorized", "未认证", detail, path);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response problem(int status, String type, String title, String detail, String path) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(URI.create(type), title, status, detail, URI.create(path), null)).build();
    }
}
