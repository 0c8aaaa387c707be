package io.partybranch.members.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.members.config.PersonalDataConfig;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Encryption at rest with rotatable keys, and the keyed look-up hash. */
class CitizenIdProtectorTest {

    private static final String ID = "32041219850412002X";
    private static final String OLD_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String NEW_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    private static final String HASH_KEY = Base64.getEncoder().encodeToString("hash-key-for-tests-only".getBytes());

    private static CitizenIdProtector protector(Map<String, String> keys, String current) {
        CitizenIdProtector protector = new CitizenIdProtector();
        protector.config = new PersonalDataConfig() {
            @Override
            public Map<String, String> encryptionKeys() {
                return keys;
            }

            @Override
            public String currentKeyId() {
                return current;
            }

            @Override
            public String hashKey() {
                return HASH_KEY;
            }
        };
        return protector;
    }

    @Test
    void storedValuesNeverContainTheNumberAndSurviveAKeyRotation() {
        String stored = protector(Map.of("k1", OLD_KEY), "k1").encrypt(ID);
        assertFalse(stored.contains(ID));
        assertTrue(stored.startsWith("k1:"));

        CitizenIdProtector rotated = protector(Map.of("k1", OLD_KEY, "k2", NEW_KEY), "k2");
        assertEquals(ID, rotated.decrypt(stored), "values written with the old key stay readable");
        String rewritten = rotated.encrypt(ID);
        assertTrue(rewritten.startsWith("k2:"), "new values use the current key");
        assertNotEquals(stored, rewritten);

        assertThrows(IllegalStateException.class, () -> protector(Map.of("k2", NEW_KEY), "k2").decrypt(stored),
                "a retired key cannot be silently skipped");
    }

    @Test
    void theLookUpHashIsStableAndKeyed() {
        CitizenIdProtector protector = protector(Map.of("k1", OLD_KEY), "k1");
        assertEquals(protector.hash(ID), protector.hash(ID));
        assertNotEquals(protector.hash(ID), protector.hash("320412198504120038"));
        assertFalse(protector.hash(ID).contains("1985"));
    }
}
