package io.partybranch.members.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * Keys protecting citizen ID numbers. Several encryption keys may be configured so that keys can
 * be rotated: new values use {@code current-key-id}, old values stay readable with their own key.
 */
@ConfigMapping(prefix = "members.personal-data")
public interface PersonalDataConfig {

    /** Key id to base64 AES key (16 or 32 bytes). */
    Map<String, String> encryptionKeys();

    String currentKeyId();

    /** Base64 HMAC key for the look-up hash; changing it requires re-hashing every stored number. */
    String hashKey();
}
