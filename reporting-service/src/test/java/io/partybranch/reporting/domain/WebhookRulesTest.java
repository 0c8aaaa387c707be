package io.partybranch.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookRulesTest {

    @Test
    void signsAsTheStandardWebhooksExampleDoes() {
        // The example of the Standard Webhooks specification.
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
        assertNotEquals(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265331,
                "{\"test\": 2432232314}"),
                WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void newSecretsAreRandomAndCarryThePrefix() {
        String one = WebhookSignature.newSecret();
        assertTrue(one.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(one.substring(6)).length);
        assertNotEquals(one, WebhookSignature.newSecret());
    }

    @Test
    void nonPublicAddressesAreRecognised() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1",
                "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::")) {
            assertTrue(WebhookTargets.isNonPublic(InetAddress.getByName(address)), address);
        }
        for (String address : List.of("8.8.8.8", "1.1.1.1", "100.128.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8")) {
            assertFalse(WebhookTargets.isNonPublic(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        Duration initial = Duration.ofSeconds(10);
        Duration max = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(10), Backoff.after(1, initial, max));
        assertEquals(Duration.ofSeconds(20), Backoff.after(2, initial, max));
        assertEquals(Duration.ofSeconds(40), Backoff.after(3, initial, max));
        assertEquals(Duration.ofSeconds(2560), Backoff.after(9, initial, max));
        assertEquals(max, Backoff.after(10, initial, max));
        assertEquals(max, Backoff.after(10_000, initial, max));
    }
}
