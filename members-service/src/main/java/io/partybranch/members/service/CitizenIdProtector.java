package io.partybranch.members.service;

import io.partybranch.members.config.PersonalDataConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Encrypts citizen ID numbers at rest (AES-GCM, rotatable keys) and hashes them for look-ups. */
@ApplicationScoped
public class CitizenIdProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    @Inject
    PersonalDataConfig config;

    public String encrypt(String citizenId) {
        String keyId = config.currentKeyId();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(keyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(citizenId.getBytes(StandardCharsets.UTF_8));
            return keyId + ":"
                    + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("citizen ID encryption failed with key " + keyId, e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        String keyId = stored.substring(0, colon);
        byte[] packed = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(keyId), new GCMParameterSpec(TAG_BITS, packed, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(packed, IV_BYTES, packed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("citizen ID decryption failed with key " + keyId, e);
        }
    }

    public String hash(String citizenId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(config.hashKey()), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(citizenId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("citizen ID hashing failed", e);
        }
    }

    private SecretKeySpec key(String keyId) {
        String encoded = config.encryptionKeys().get(keyId);
        if (encoded == null) {
            throw new IllegalStateException("no encryption key configured with id " + keyId);
        }
        return new SecretKeySpec(Base64.getDecoder().decode(encoded), "AES");
    }
}
