package io.partybranch.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.partybranch.common.inbox.Failures;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into problem+json. Nothing here echoes exception messages from the
 * persistence layer or stack traces: those can carry SQL and personal data.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    LostRaces lostRaces;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(URI.create(e.type()), e.title(), e.status(), e.getMessage(), instance(uri),
                e.errors()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return respond(validationProblem("The request has " + errors.size() + " invalid field(s)", errors, uri));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(validationProblem("Unknown field '" + field + "'",
                List.of(new Problem.FieldError(field, "is not a field of this resource")), uri));
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "another format" : describe(e.getTargetType());
        return respond(validationProblem("Field '" + field + "' has a value of the wrong format",
                List.of(new Problem.FieldError(field, "must be " + expected)), uri));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "of another type" : describe(e.getTargetType());
        return respond(validationProblem("Field '" + field + "' has a value of the wrong type",
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, "must be " + expected)), uri));
    }

    @ServerExceptionMapper
    public Response outOfBounds(BoundedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String name = field.isEmpty() ? "body" : field;
        return respond(validationProblem("Field '" + name + "' is out of bounds",
                List.of(new Problem.FieldError(name, e.reason())), uri));
    }

    @ServerExceptionMapper
    public Response numberOutOfRange(InputCoercionException e, UriInfo uri) {
        // A streaming-level failure: the parser knows the line, not the field.
        return respond(validationProblem("A number in the body (line " + line(e) + ") is out of range for its field",
                List.of(new Problem.FieldError("body", "holds a number beyond the range of its field's type")), uri));
    }

    @ServerExceptionMapper
    public Response tooComplex(StreamConstraintsException e, UriInfo uri) {
        return respond(validationProblem("The body exceeds the parser's limits (nesting depth, number or text length)",
                List.of(new Problem.FieldError("body", "is nested too deeply or holds a value that is too long")), uri));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return respond(validationProblem("Parameter '" + e.parameter() + "' is invalid",
                List.of(new Problem.FieldError(e.parameter(), e.reason())), uri));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(validationProblem("The body is not valid JSON (line " + line(e) + ")",
                List.of(new Problem.FieldError("body", "is not valid JSON")), uri));
    }

    /** The mapper for a JSON failure that reached us wrapped, chosen as for one thrown bare. */
    private Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof BoundedInputException bounded) {
            return outOfBounds(bounded, uri);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof InvalidFormatException format) {
            return wrongFormat(format, uri);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        if (e instanceof InputCoercionException coercion) {
            return numberOutOfRange(coercion, uri);
        }
        if (e instanceof StreamConstraintsException constraints) {
            return tooComplex(constraints, uri);
        }
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps some parse failures (e.g. a truncated body) in a plain 400.
        if (e.getResponse().getStatus() == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        return httpStatus(e, uri);
    }

    /** A JAX-RS failure as the problem of its status, keeping its headers (Allow, Retry-After…). */
    static Response httpStatus(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().getEntity() instanceof Problem given) {
            return respond(new Problem(given.type(), given.title(), given.status(), given.detail(), instance(uri), given.errors()));
        }
        String title = switch (status) {
            case 400 -> "请求有误";
            case 401 -> "未认证";
            case 403 -> "无权操作";
            case 404 -> "资源不存在";
            case 405 -> "不支持该请求方法";
            case 406 -> "无法提供所请求的格式";
            case 413 -> "请求内容过大";
            case 415 -> "不支持的内容类型";
            default -> status >= 500 ? "服务器内部错误" : "请求无法处理";
        };
        String type = switch (status) {
            case 404 -> "/problems/not-found";
            case 405 -> "/problems/method-not-allowed";
            case 406 -> "/problems/not-acceptable";
            case 413 -> "/problems/payload-too-large";
            case 415 -> "/problems/unsupported-media-type";
            default -> "/problems/http-" + status;
        };
        String detail = status == 404 ? "No resource at this path" : safeMessage(e, status);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(URI.create(type), title, status, detail, instance(uri), null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Failures.Classified classified = Failures.classify(e);
        if (classified.isTransient()) {
            // The database went away for a moment (a failover, a restart): nothing was written, and the same request can pass soon.
            LOG.warnf("Refused %s while %s: %s", uri == null ? "a request" : uri.getPath(), classified.code(), classified.reason());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "2")
                    .entity(new Problem(URI.create("/problems/unavailable"), "服务暂时不可用，请稍后重试", 503,
                            "A backing service is unreachable for a moment; nothing was written. Retry the same request", instance(uri),
                            null))
                    .build();
        }
        Optional<ProblemException> refusal = lostRaces.refusal(e);
        if (refusal.isPresent()) {
            return problem(refusal.get(), uri);
        }
        LOG.error("Unhandled failure on " + uri.getPath(), e);
        return respond(new Problem(URI.create("/problems/internal"), "服务器内部错误", 500,
                "An unexpected error occurred; it has been logged", instance(uri), null));
    }

    static Problem validationProblem(String detail, List<Problem.FieldError> errors, UriInfo uri) {
        return new Problem(URI.create("/problems/validation"), "请求参数有误", 400, detail, instance(uri), errors);
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The path as the client sent it, still percent-encoded: a decoded one may hold characters no URI can. */
    static URI instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        String raw = uri.getRequestUri().getRawPath();
        return URI.create(raw == null || raw.isEmpty() ? "/" : raw);
    }

    private static String safeMessage(WebApplicationException e, int status) {
        // JAX-RS messages for 4xx describe the request (method, media type), never data; hide 5xx causes.
        return status >= 500 || e.getMessage() == null ? "HTTP " + status : e.getMessage();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // Paths look like create.request.districtCode (body) or list.size (query parameter):
        // clients know only the JSON property or the parameter, so drop the method and the body's name.
        List<Path.Node> nodes = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR) {
                nodes.add(node);
            }
        }
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static long line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date as yyyy-MM-dd";
            case "OffsetDateTime", "Instant" -> "an ISO-8601 instant with offset";
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default -> "a " + type.getSimpleName();
        };
    }
}
