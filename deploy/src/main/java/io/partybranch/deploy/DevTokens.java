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

    /**
     * A token valid for a working day, signed with the development key; also the benchmark's.
     *
     * @param scopeClaim {@code districts} or {@code organizations}, or null for a role without scope
     */
    public static String token(String subject, String role, String scopeClaim, List<String> scope) {
        var builder = TestTokens.builder(subject, role).expiresIn(LIFETIME_SECONDS);
        if (scopeClaim != null) {
            builder.claim(scopeClaim, scope);
        }
        return builder.sign("dev-jwt/private-key.pem");
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: DevTokens admin | bureau <district>... | school <organisation-id> | auditor <district>...");
            System.exit(2);
        }
        List<String> scope = Arrays.asList(args).subList(1, args.length);
        String role = args[0].equals("admin") ? "platform-admin" : args[0];
        String scopeClaim = switch (args[0]) {
            case "admin" -> null;
            case "bureau", "auditor" -> "districts";
            case "school" -> "organizations";
            default -> {
                System.err.println("unknown role " + args[0]);
                System.exit(2);
                yield null;
            }
        };
        System.out.println(token("local-" + args[0], role, scopeClaim, scope));
    }
}
