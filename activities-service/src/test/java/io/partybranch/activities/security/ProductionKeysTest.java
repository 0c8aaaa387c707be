package io.partybranch.activities.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The development key pair is trusted in the local, dev and test profiles only: started in the prod
 * profile with its own provider's key (as production sets MP_JWT_VERIFY_PUBLICKEY_LOCATION), the
 * service refuses a token signed with the development key, whatever issuer it names.
 */
@QuarkusTest
@TestProfile(ProductionKeysTest.Production.class)
class ProductionKeysTest {

    static final String PRODUCTION_ISSUER = "https://auth.partybranch.example/realms/partybranch";
    private static final Path PUBLIC_KEY = Path.of("target", "production-provider-public.pem").toAbsolutePath();
    private static final Path PRIVATE_KEY = Path.of("target", "production-provider-private.der").toAbsolutePath();

    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Quarkus reads the profile in another class loader than the test's: the key pair passes through files.
            writeProviderKeys();
            return Map.of("mp.jwt.verify.publickey.location", PUBLIC_KEY.toString());
        }
    }

    @Test
    void aTokenSignedWithTheDevelopmentKeyIsRefusedInProduction() {
        assertEquals("prod", ConfigProvider.getConfig().getValue("quarkus.profile", String.class));
        assertEquals(PRODUCTION_ISSUER, ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class));

        String devSigned = TestTokens.admin();
        given().header("Authorization", "Bearer " + devSigned).get("/api/v1/activities").then().statusCode(401);
        String devSignedProductionIssuer = Jwt.issuer(PRODUCTION_ISSUER).audience(TestTokens.AUDIENCE).subject("intruder")
                .groups(Set.of("platform-admin")).expiresIn(3600).sign("dev-jwt/private-key.pem");
        given().header("Authorization", "Bearer " + devSignedProductionIssuer).get("/api/v1/activities").then().statusCode(401);

        // The provider's own token is accepted: the refusals above are the key's, not a service that accepts nothing.
        String providerSigned = Jwt.issuer(PRODUCTION_ISSUER).audience(TestTokens.AUDIENCE).subject("admin")
                .groups(Set.of("platform-admin")).expiresIn(3600).sign(providerPrivateKey());
        given().header("Authorization", "Bearer " + providerSigned).get("/api/v1/activities").then().statusCode(200);
    }

    private static void writeProviderKeys() {
        if (Files.exists(PUBLIC_KEY) && Files.exists(PRIVATE_KEY)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(PUBLIC_KEY.getParent());
            Files.writeString(PUBLIC_KEY, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            Files.write(PRIVATE_KEY, pair.getPrivate().getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey providerPrivateKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(PRIVATE_KEY)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
