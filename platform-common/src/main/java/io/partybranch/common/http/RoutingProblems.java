package io.partybranch.common.http;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Routing's own refusals (404, 405, 406, 415) on /api, answered only once the caller is authenticated. */
public class RoutingProblems {

    @Inject
    CurrentIdentityAssociation identities;

    /*
     * Routing decides 404, 405, 406 and 415 before any request filter runs; on /api that would tell a
     * caller without a valid token what exists and what it accepts. Authenticate first: such a caller
     * gets the 401 every other /api request gets.
     */
    @ServerExceptionMapper
    public Uni<Response> unsupportedMediaType(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        return authenticatedFirst(e, uri, headers);
    }

    @ServerExceptionMapper
    public Uni<Response> notAcceptable(NotAcceptableException e, UriInfo uri, HttpHeaders headers) {
        return authenticatedFirst(e, uri, headers);
    }

    @ServerExceptionMapper
    public Uni<Response> methodNotAllowed(NotAllowedException e, UriInfo uri, HttpHeaders headers) {
        return authenticatedFirst(e, uri, headers);
    }

    @ServerExceptionMapper
    public Uni<Response> noSuchResource(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        return authenticatedFirst(e, uri, headers);
    }

    private Uni<Response> authenticatedFirst(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (uri == null || !uri.getPath().startsWith("/api/")) {
            return Uni.createFrom().item(ProblemMappers.httpStatus(e, uri));
        }
        String detail = headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                ? "A bearer token is required"
                : "The bearer token is not valid";
        return identities.getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? unauthorized(detail, uri) : ProblemMappers.httpStatus(e, uri))
                .onFailure().recoverWithItem(failure -> unauthorized(
                        "The bearer token is not valid (signature, issuer, audience or expiry)", uri));
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        return Response.fromResponse(ProblemMappers.respond(new Problem(URI.create("/problems/unauthorized"), "未认证", 401, detail,
                ProblemMappers.instance(uri), null))).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
