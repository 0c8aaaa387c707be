package io.partybranch.activities.mapping;

import io.partybranch.common.http.Problem;
import java.util.List;
import java.util.Map;

/**
 * What a file to import holds once read: the requests it makes, each with where it came from, and
 * what could not be read at all. The same requests as the API takes, so the same services check them.
 */
public record ImportFile<T>(List<Item<T>> items, List<Problem.FieldError> errors) {

    /**
     * One request of the file and where it came from.
     *
     * @param field the place of the request in the file: {@code lines[3]}, {@code activities.rows[7]}
     * @param places where parts of the request came from, by their path in the request
     *        ({@code record.heldOn} → {@code activities.rows[7].heldOn}, {@code record.attendance[2]} →
     *        {@code attendance.rows[15]}); a path with no place of its own is named under {@link #field}
     */
    public record Item<T>(T request, String field, Map<String, String> places) {

        /** A problem's field in the request, as the file names it. */
        public String fieldOf(String path) {
            if (path == null || path.isEmpty()) {
                return field;
            }
            String best = null;
            for (String known : places.keySet()) {
                boolean covers = path.equals(known) || path.startsWith(known + ".") || path.startsWith(known + "[");
                if (covers && (best == null || known.length() > best.length())) {
                    best = known;
                }
            }
            return best == null ? field + "." + path : places.get(best) + path.substring(best.length());
        }
    }

    public int size() {
        return items.size();
    }
}
