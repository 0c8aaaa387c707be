package io.partybranch.common.http;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and sorting query parameters shared by every list endpoint. Sorting always ends with the id
 * so that equal sort keys cannot reorder rows between pages.
 */
public class PageQuery {

    public static final int MAX_SIZE = 200;
    /** With {@link #MAX_SIZE} rows a page, the deepest offset stays within {@link InputBounds#MAX_LIST_OFFSET}. */
    public static final int MAX_PAGE = InputBounds.MAX_LIST_OFFSET / MAX_SIZE;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    @Parameter(description = "Zero-based page index, 0 to " + MAX_PAGE + "; page × size may not exceed " + InputBounds.MAX_LIST_OFFSET)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    @Parameter(description = "Page size, 1 to " + MAX_SIZE)
    public int size;

    @QueryParam("sort")
    @Pattern(regexp = "^[a-zA-Z]+(,(asc|desc))?$", message = "must look like field or field,desc")
    @Parameter(description = "Sort field and direction, e.g. name,desc")
    public String sort;

    /** @throws ProblemException 400 on {@code page} when page × size reads past {@link InputBounds#MAX_LIST_OFFSET} */
    public Page panachePage() {
        if ((long) page * size > InputBounds.MAX_LIST_OFFSET) {
            throw ProblemException.invalid("page", "page × size must be at most " + InputBounds.MAX_LIST_OFFSET
                    + "; narrow the filter instead of paging this deep");
        }
        return Page.of(page, size);
    }

    /**
     * @param allowed API field name to entity attribute; anything else is a 400 on {@code sort}
     */
    public Sort panacheSort(String defaultField, Map<String, String> allowed) {
        String field = defaultField;
        Sort.Direction direction = Sort.Direction.Ascending;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            if (!allowed.containsKey(parts[0])) {
                throw ProblemException.invalid("sort", "can sort by " + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            field = parts[0];
            if (parts.length > 1 && parts[1].equals("desc")) {
                direction = Sort.Direction.Descending;
            }
        }
        String attribute = allowed.getOrDefault(field, field);
        Sort result = Sort.by(attribute, direction);
        return attribute.equals("id") ? result : result.and("id");
    }

    public <T> PageResponse<T> toResponse(List<T> items, long total) {
        return new PageResponse<>(items, page, size, total);
    }
}
