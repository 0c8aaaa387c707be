package io.partybranch.members.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.LogCapture;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The README's promises on citizen ID numbers and phones: encrypted at rest, and never in a log line. */
@QuarkusTest
class PersonalDataTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theStoredColumnHoldsAnAesGcmCipherOfTheNumberUnderItsKeyIdAndAnHmacForLookUps() throws Exception {
        String branch = Fixtures.createBranch();
        Map<String, Object> body = Fixtures.memberBody(branch, "加密测试", "FULL");
        String citizenId = (String) body.get("citizenId");
        String first = Fixtures.register(body);
        Object[] stored = stored(first);
        String cipher = (String) stored[0];
        assertFalse(cipher.contains(citizenId), "the number is not stored as it is");
        assertFalse(cipher.contains(citizenId.substring(6, 14)), "nor its birth date digits");

        // Decrypted here with the configured key alone, as an operator with the key could: AES-GCM, 12-byte IV, key id as AAD.
        String keyId = cipher.substring(0, cipher.indexOf(':'));
        assertEquals(config("members.personal-data.current-key-id"), keyId);
        byte[] packed = Base64.getDecoder().decode(cipher.substring(cipher.indexOf(':') + 1));
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(config("members.personal-data.encryption-keys." + keyId)), "AES"),
                new GCMParameterSpec(128, packed, 0, 12));
        aes.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        assertEquals(citizenId, new String(aes.doFinal(packed, 12, packed.length - 12), StandardCharsets.UTF_8));

        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(Base64.getDecoder().decode(config("members.personal-data.hash-key")), "HmacSHA256"));
        assertEquals(HexFormat.of().formatHex(hmac.doFinal(citizenId.getBytes(StandardCharsets.UTF_8))), stored[1]);

        // The same number again (the first record has left): a fresh IV, so another cipher, but the same look-up hash.
        given().contentType(ContentType.JSON).body(Map.of("state", "LEFT", "effectiveDate", "2026-01-10"))
                .post("/api/v1/members/" + first + "/state-changes").then().statusCode(200);
        Object[] again = stored(Fixtures.register(body));
        assertNotEquals(cipher, again[0]);
        assertEquals(stored[1], again[1]);
    }

    @Test
    void noLogLineCarriesACitizenIdOrAPhoneNumberWhateverTheRequestDoes() {
        String branch = Fixtures.createBranch();
        Map<String, Object> body = Fixtures.memberBody(branch, "日志测试", "FULL");
        String citizenId = (String) body.get("citizenId");
        String phone = "13912345678";
        body.put("phone", phone);
        try (LogCapture log = LogCapture.start()) {
            String member = Fixtures.register(body);
            // Refusals that name the field: a repeated number, a wrong check character, a number where a date belongs.
            given().contentType(ContentType.JSON).body(body).post("/api/v1/members").then().statusCode(409);
            Map<String, Object> wrongCheck = new HashMap<>(body);
            wrongCheck.put("citizenId", citizenId.substring(0, 17) + (citizenId.charAt(17) == '1' ? '2' : '1'));
            given().contentType(ContentType.JSON).body(wrongCheck).post("/api/v1/members").then().statusCode(400);
            Map<String, Object> numberAsDate = new HashMap<>(body);
            numberAsDate.put("birthDate", citizenId);
            numberAsDate.put("statusSince", phone);
            given().contentType(ContentType.JSON).body(numberAsDate).post("/api/v1/members").then().statusCode(400);
            given().contentType(ContentType.JSON).body("{\"citizenId\": \"" + citizenId + "\", \"phone\": " + phone + ",")
                    .post("/api/v1/members").then().statusCode(400);
            given().contentType(ContentType.JSON)
                    .body(Map.of("fullName", "日志测试", "gender", body.get("gender"), "birthDate", body.get("birthDate"),
                            "citizenId", citizenId, "phone", "13987654321"))
                    .put("/api/v1/members/" + member).then().statusCode(200);
            given().get("/api/v1/members/" + member).then().statusCode(200).body("citizenId", equalTo(citizenId));
            given().get("/api/v1/organizations/" + branch + "/roster.xlsx").then().statusCode(200);
            given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .body(("not a workbook " + citizenId + " " + phone).getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/organizations/" + branch + "/roster/import").then().statusCode(400)
                    .body("errors[0].field", equalTo("body"));
            // A workbook that breaks while being read: the import logs its refusal.
            given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .body(new byte[]{'P', 'K', 3, 4}).post("/api/v1/organizations/" + branch + "/roster/import").then().statusCode(400);
            given().get("/api/v1/organizations/" + branch + "/audit-entries").then().statusCode(200)
                    .body(containsString("139****4321"));

            List<LogCapture.Line> lines = log.lines();
            assertTrue(lines.stream().anyMatch(line -> line.text().contains("Roster import")),
                    "the capture sees the application's log lines: " + lines);
            for (String secret : List.of(citizenId, citizenId.substring(0, 17), phone, "13987654321", "13800001234")) {
                assertEquals(List.of(), log.containing(secret), "log lines carrying " + secret.substring(0, 3) + "…");
            }
        }
    }

    @Test
    void everyLogLineOfARequestCarriesItsRequestId() {
        assertTrue(config("quarkus.log.console.format").contains("%X{requestId}"), "the log format prints the MDC request id");
        String branch = Fixtures.createBranch();
        String requestId = "log-line-" + UUID.randomUUID();
        try (LogCapture log = LogCapture.start()) {
            given().header("X-Request-Id", requestId).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .body(new byte[]{'P', 'K', 3, 4}).post("/api/v1/organizations/" + branch + "/roster/import")
                    .then().statusCode(400).header("X-Request-Id", requestId);
            List<LogCapture.Line> request = log.containing("Roster import into " + branch);
            assertFalse(request.isEmpty(), "the import logged its refusal: " + log.lines());
            String thread = request.get(0).thread();
            List<LogCapture.Line> onThatThread = log.lines().stream().filter(line -> line.thread().equals(thread)).toList();
            for (LogCapture.Line line : onThatThread) {
                assertEquals(requestId, line.requestId(), "request id of " + line);
            }
        }
    }

    private Object[] stored(String member) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select citizen_id_cipher, citizen_id_hash from member where id = :id").setParameter("id", UUID.fromString(member))
                .getSingleResult());
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
