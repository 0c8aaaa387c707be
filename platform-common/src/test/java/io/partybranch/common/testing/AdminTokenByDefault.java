package io.partybranch.common.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Functional tests call the API as a platform administrator unless they send their own
 * Authorization header (or {@link #NO_TOKEN} to send none).
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {

    /** Header value meaning "send no Authorization header at all". */
    public static final String NO_TOKEN = "none";

    private static final Filter ADD_ADMIN_TOKEN = (request, response, context) -> {
        String sent = request.getHeaders().getValue("Authorization");
        if (sent == null) {
            request.header("Authorization", "Bearer " + Holder.TOKEN);
        } else if (sent.equals(NO_TOKEN)) {
            request.removeHeader("Authorization");
        }
        return context.next(request, response);
    };

    private static final class Holder {
        static final String TOKEN = TestTokens.admin();
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(ADD_ADMIN_TOKEN);
    }
}
