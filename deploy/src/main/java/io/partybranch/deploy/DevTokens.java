package io.partybranch.deploy;

import io.partybranch.common.testing.TestTokens;
import java.util.Arrays;
import java.util.List;

/**
 * Prints a development token for the local stack, signed with the development key that only the
 * local and test profiles trust.
 *
 * <p>Usage: {@code DevTokens admin | bureau <district>... | school <organisation-id> | auditor <district>...}
 */
public final class DevTokens {

    /** Long enough for a working day with the local stack. */
    private static final long LIFETIME_SECONDS = 12 * 3600;

    private DevTokens() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: DevTokens admin | bureau <district>... | school <organisation-id> | auditor <district>...");
            System.exit(2);
        }
        List<String> scope = Arrays.asList(args).subList(1, args.length);
        String role = args[0].equals("admin") ? "platform-admin" : args[0];
        var builder = TestTokens.builder("local-" + args[0], role).expiresIn(LIFETIME_SECONDS);
        switch (args[0]) {
            case "admin" -> {
            }
            case "bureau", "auditor" -> builder.claim("districts", scope);
            case "school" -> builder.claim("organizations", scope);
            default -> {
                System.err.println("unknown role " + args[0]);
                System.exit(2);
            }
        }
        System.out.println(builder.sign("dev-jwt/private-key.pem"));
    }
}
