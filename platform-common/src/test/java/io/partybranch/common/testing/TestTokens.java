package io.partybranch.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Real RS256 tokens signed with the development key (dev-jwt/private-key.pem), as the OIDC provider
 * would issue them, plus the broken ones the security suite must see refused.
 */
public final class TestTokens {

    public static final String ISSUER = "https://dev.partybranch.local/issuer";
    public static final String AUDIENCE = "partybranch-api";
    private static final String KEY = "dev-jwt/private-key.pem";

    private TestTokens() {
    }

    public static String admin() {
        return builder("test-admin", "platform-admin").sign(KEY);
    }

    public static String school(UUID organization) {
        return builder("school-" + organization, "school").claim("organizations", List.of(organization.toString())).sign(KEY);
    }

    public static String bureau(String... districts) {
        return builder("bureau-" + String.join("-", districts), "bureau").claim("districts", List.of(districts)).sign(KEY);
    }

    public static String auditor(String... districts) {
        return builder("auditor-" + String.join("-", districts), "auditor").claim("districts", List.of(districts)).sign(KEY);
    }

    public static String expired() {
        Instant past = Instant.now().minusSeconds(7_200);
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("expired").groups(Set.of("platform-admin"))
                .issuedAt(past).expiresAt(past.plusSeconds(600)).jws().keyId("dev").sign(KEY);
    }

    public static String signedByAnotherKey() {
        return builder("intruder", "platform-admin").sign(anotherKey());
    }

    public static String wrongIssuer() {
        return Jwt.issuer("https://evil.example/issuer").audience(AUDIENCE).subject("intruder").groups(Set.of("platform-admin"))
                .expiresIn(3600).jws().keyId("dev").sign(KEY);
    }

    public static String wrongAudience() {
        return Jwt.issuer(ISSUER).audience("some-other-api").subject("intruder").groups(Set.of("platform-admin"))
                .expiresIn(3600).jws().keyId("dev").sign(KEY);
    }

    /** An unsigned token claiming to be an administrator ({@code alg: none}). */
    public static String unsigned() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"intruder\","
                + "\"groups\":[\"platform-admin\"],\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** A syntactically valid token for a role with the given scope claims, signed with the development key. */
    public static JwtClaimsBuilder builder(String subject, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(Set.of(role)).expiresIn(3600);
    }

    private static PrivateKey anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
