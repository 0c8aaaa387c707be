package io.partybranch.common.http;

import java.util.List;

/**
 * A refusal the client can act on. Domain code throws the factories below; the mapper renders
 * them as problem+json with the given status, so no resource builds error responses by hand.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "/problems/not-found", "资源不存在", what + " " + id + " was not found", null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "/problems/validation", "请求参数有误",
                "The request has an invalid field", List.of(new Problem.FieldError(field, message)));
    }

    /** Several invalid fields at once, so a client can fix them all in one round. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "/problems/validation", "请求参数有误",
                "The request has " + errors.size() + " invalid field(s)", errors);
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, "/problems/conflict/" + slug, title, detail, null);
    }

    /** A refusal by a rule of the service's catalogue; {@code detail} says what broke it in this request. */
    public static ProblemException refused(Rule rule, String detail) {
        return new ProblemException(409, rule.problemType(), rule.title(), detail, null);
    }

    /** The same refusal naming the fields that broke it, so that a client (or an import) can point at them. */
    public ProblemException naming(List<Problem.FieldError> fields) {
        return new ProblemException(status, type, title, getMessage(), fields);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "/problems/precondition-failed", "数据已被他人修改，请刷新后重试", detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
