package io.partybranch.common.http;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one list shape of the platform: {@code { items, page, size, total }}. */
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "Zero-based page index", example = "0") int page,
        @Schema(description = "Page size as applied (capped)", example = "20") int size,
        @Schema(description = "Number of items over all pages", example = "123") long total) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
