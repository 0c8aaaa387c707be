package io.partybranch.common.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Entity versions as strong ETags, and the If-Match check for updates. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the entity and its version as ETag, so the client can send it back as If-Match. */
    public static Response ok(Versioned entity) {
        return Response.ok(entity).tag(of(entity.version())).build();
    }

    /**
     * An absent If-Match means an unconditional update (allowed); a present one must name the
     * current version or the update is refused with 412, so a stale editor cannot overwrite.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = '"' + Long.toString(currentVersion) + '"';
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(expected)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("If-Match " + ifMatch + " does not match the current version " + expected);
    }
}
