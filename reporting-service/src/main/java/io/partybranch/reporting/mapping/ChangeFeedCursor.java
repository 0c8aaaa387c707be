package io.partybranch.reporting.mapping;

import io.partybranch.common.http.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The feed's cursor: opaque to clients (they only send back what they were given), stable across
 * restarts and rebuilds of the read models, since it names a position that never changes.
 */
public final class ChangeFeedCursor {

    private static final String PREFIX = "c1.";

    private ChangeFeedCursor() {
    }

    public static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the position after which to continue; 0 (the beginning) for no cursor */
    public static long decode(String parameter, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                long position = Long.parseLong(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal: a cursor this service did not hand out
        }
        throw ProblemException.invalid(parameter, "must be a cursor returned by this feed (its 'next')");
    }
}
