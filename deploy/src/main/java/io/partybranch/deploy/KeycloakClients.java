package io.partybranch.deploy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tokens from a Keycloak that imported deploy/keycloak/partybranch-realm.json, obtained the way each
 * of the realm's clients obtains them: client credentials for the server-to-server clients
 * (bureau-system, auditor-tool), the authorization-code flow with PKCE through the login form for
 * the browser clients (school-portal, admin-console). For a local or test instance only, it also
 * prepares the realm's demo users (a password, no pending actions, a school's organisation) through
 * the admin API with the bootstrap administrator.
 *
 * <p>Usage (deploy/local/run.sh --keycloak): {@code KeycloakClients <keycloak-url> prepare <password> [school-organisation-id]}
 * and {@code KeycloakClients <keycloak-url> token admin|school|bureau|auditor <password>}.
 */
public final class KeycloakClients {

    public static final String REALM = "partybranch";
    public static final String LOCAL_CLIENT_SECRET = "CHANGE-ME";
    public static final String SCHOOL_USER = "demo-school-secretary";
    public static final String ADMIN_USER = "demo-platform-admin";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public KeycloakClients(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String issuer() {
        return base + "/realms/" + REALM;
    }

    public String jwks() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** A token of a confidential client (its service account). */
    public String clientCredentials(String clientId, String secret) throws Exception {
        return accessToken(form(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)));
    }

    /** A user's token for a public browser client: the login form, then the code exchanged with its PKCE verifier. */
    public String authorizationCode(String clientId, String redirectUri, String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String state = Long.toHexString(new SecureRandom().nextLong());
        URI authorize = URI.create(issuer() + "/protocol/openid-connect/auth?" + encode(Map.of("client_id", clientId,
                "response_type", "code", "scope", "openid", "redirect_uri", redirectUri, "state", state,
                "code_challenge", challenge, "code_challenge_method", "S256")));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(authorize).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (page.statusCode() != 200 || !form.find()) {
            throw new IllegalStateException("no login form for " + clientId + ": " + page.statusCode());
        }
        String action = form.group(1).replace("&amp;", "&");
        // Keycloak marks its session cookies Secure, which browsers still send to http://localhost but
        // java.net's CookieManager does not: they are carried over by hand.
        String cookies = page.headers().allValues("set-cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .collect(Collectors.joining("; "));
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(action)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("username", username, "password", password, "credentialId", ""))))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("location").orElse("");
        if (login.statusCode() != 302 || !location.startsWith(redirectUri)) {
            throw new IllegalStateException("login of " + username + " at " + clientId + " did not come back with a code ("
                    + login.statusCode() + "): pending required actions or a wrong password");
        }
        Map<String, String> callback = query(URI.create(location).getRawQuery());
        if (!state.equals(callback.get("state"))) {
            throw new IllegalStateException("state mismatch");
        }
        return accessToken(form(Map.of("grant_type", "authorization_code", "client_id", clientId, "code", callback.get("code"),
                "redirect_uri", redirectUri, "code_verifier", verifier)));
    }

    /** The first redirect URI the realm lists for a browser client, made concrete (a trailing "*" becomes "callback"). */
    public String redirectUri(String clientId) throws Exception {
        JsonObject client = client(clientId);
        String pattern = client.getJsonArray("redirectUris").getString(0);
        return pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) + "callback" : pattern;
    }

    /** Every client the realm defines, by id. */
    public List<String> clientIds() throws Exception {
        return admin("GET", "/clients?max=200", null).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> !c.getString("clientId").endsWith("-cli") && !c.getString("clientId").equals("realm-management")
                        && !c.getString("clientId").equals("broker") && !c.getString("clientId").equals("account")
                        && !c.getString("clientId").equals("account-console") && !c.getString("clientId").equals("security-admin-console"))
                .map(c -> c.getString("clientId")).toList();
    }

    /** Whether a client uses the browser flow (public, standard flow) rather than client credentials. */
    public boolean isBrowserClient(String clientId) throws Exception {
        JsonObject client = client(clientId);
        return client.getBoolean("publicClient", false) && client.getBoolean("standardFlowEnabled", false);
    }

    /** What the production checklist asks for after import: a fresh secret for a confidential client. */
    public String regenerateSecret(String clientId) throws Exception {
        String id = client(clientId).getString("id");
        return admin("POST", "/clients/" + id + "/client-secret", null).asJsonObject().getString("value");
    }

    /** Sets a confidential client's secret (run.sh's local realm keeps the imported placeholder). */
    public void setSecret(String clientId, String secret) throws Exception {
        JsonObject client = client(clientId);
        admin("PUT", "/clients/" + client.getString("id"), Json.createObjectBuilder(client).add("secret", secret).build().toString());
    }

    /** Keycloak's own administration token (master realm): not a token of the platform's realm. */
    public String masterAdminToken() throws Exception {
        return accessToken(URI.create(base + "/realms/master/protocol/openid-connect/token"),
                form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", bootstrapAdmin()[0], "password",
                        bootstrapAdmin()[1])));
    }

    /** The realm's demo users get a password, no pending actions and an e-mail; the school user gets its organisations. */
    public void prepareDemoUsers(String password, List<String> schoolOrganizations) throws Exception {
        for (String username : List.of(SCHOOL_USER, ADMIN_USER)) {
            JsonObject user = user(username);
            JsonObjectBuilder updated = Json.createObjectBuilder(user)
                    .add("requiredActions", Json.createArrayBuilder())
                    .add("email", username + "@example.invalid")
                    .add("emailVerified", true);
            if (username.equals(SCHOOL_USER)) {
                JsonObjectBuilder attributes = Json.createObjectBuilder(user.getJsonObject("attributes") == null
                        ? JsonValue.EMPTY_JSON_OBJECT
                        : user.getJsonObject("attributes"));
                attributes.add("organizations", Json.createArrayBuilder(schoolOrganizations));
                updated.add("attributes", attributes);
            }
            admin("PUT", "/users/" + user.getString("id"), updated.build().toString());
            admin("PUT", "/users/" + user.getString("id") + "/reset-password",
                    Json.createObjectBuilder().add("type", "password").add("value", password).add("temporary", false).build().toString());
        }
    }

    private JsonObject user(String username) throws Exception {
        JsonArray users = admin("GET", "/users?exact=true&username=" + username, null).asJsonArray();
        if (users.isEmpty()) {
            throw new IllegalStateException("the realm has no user " + username);
        }
        return users.getJsonObject(0);
    }

    private JsonObject client(String clientId) throws Exception {
        JsonArray clients = admin("GET", "/clients?clientId=" + clientId, null).asJsonArray();
        if (clients.isEmpty()) {
            throw new IllegalStateException("the realm has no client " + clientId);
        }
        return clients.getJsonObject(0);
    }

    private JsonValue admin(String method, String path, String json) throws Exception {
        String token = masterAdminToken();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token);
        request = json == null
                ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JsonValue.NULL : Json.createReader(new StringReader(response.body())).readValue();
    }

    /** The bootstrap administrator run.sh and the tests start Keycloak with (never used outside a local instance). */
    static String[] bootstrapAdmin() {
        return new String[]{System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")};
    }

    private String accessToken(String form) throws Exception {
        return accessToken(URI.create(issuer() + "/protocol/openid-connect/token"), form);
    }

    private String accessToken(URI endpoint, String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private static String form(Map<String, String> fields) {
        return encode(fields);
    }

    private static String encode(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println(
                    "usage: KeycloakClients <url> prepare <password> [school-organisation-id] | <url> token admin|school|bureau|auditor <password>");
            System.exit(2);
        }
        KeycloakClients keycloak = new KeycloakClients(args[0]);
        if (args[1].equals("prepare")) {
            keycloak.prepareDemoUsers(args[2], args.length > 3 ? List.of(args[3]) : List.of());
            return;
        }
        String password = args.length > 3 ? args[3] : "";
        System.out.println(switch (args[2]) {
            case "admin" -> keycloak.authorizationCode("admin-console", keycloak.redirectUri("admin-console"), ADMIN_USER, password);
            case "school" -> keycloak.authorizationCode("school-portal", keycloak.redirectUri("school-portal"), SCHOOL_USER, password);
            case "bureau" -> keycloak.clientCredentials("bureau-system", LOCAL_CLIENT_SECRET);
            case "auditor" -> keycloak.clientCredentials("auditor-tool", LOCAL_CLIENT_SECRET);
            default -> throw new IllegalArgumentException("unknown role " + args[2]);
        });
    }
}
