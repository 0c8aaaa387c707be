package io.partybranch.common.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "Stable URI of the error kind; rule refusals name their rule", example = "/problems/validation") URI type,
        @Schema(description = "Short Chinese title for people", example = "请求参数有误") String title,
        @Schema(example = "400") int status,
        @Schema(description = "English explanation for developers") String detail,
        @Schema(description = "The request path") URI instance,
        @Schema(description = "One entry per invalid field (validation errors only)") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "districtCode") String field,
            @Schema(example = "must be a 6-digit administrative division code") String message) {
    }
}
