package dev.vizzor.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.gateway.admin.AdminServer;
import dev.vizzor.gateway.auth.jwt.BadTokens;
import dev.vizzor.gateway.auth.jwt.TestTokens;
import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.gateway.support.JwtFixture;
import dev.vizzor.gateway.support.WebSockets;
import dev.vizzor.gateway.support.WsTicketKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.redis.client.Redis;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Bad credentials, each sent through the real gateway: every one must get 401 in its path's family
 * envelope, and the request must never reach a service. The good credentials of the same kinds are
 * checked first, so a refusal cannot come from a broken setup.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class AttackTableTest {
  private static final List<String> PATHS =
      List.of("/v1/market/trending", "/api/v1/trends", "/chat");

  @Inject AdminServer adminServer;
  @Inject Redis redis;

  private record Attack(String name, UnaryOperator<RequestSpecification> credential) {}

  @Test
  void everyBadCredentialIsRefusedWith401InItsFamilysEnvelope() {
    Admin admin = new Admin(adminServer.port());
    Admin.Key api = admin.createKey("api", "pro");
    Admin.Key vel = admin.createKey("vel", "pro");
    Admin.Key revokedApi = admin.createKey("api", "pro");
    Admin.Key revokedVel = admin.createKey("vel", "pro");
    admin.revoke(revokedApi.name());
    admin.revoke(revokedVel.name());
    String goodJwt = TestTokens.jwt(Instant.now()).signedWith(JwtFixture.EC);
    String ticket = WebSockets.ticket(given().header("X-API-Key", api.secret()));

    // The same kinds of credential, valid, pass: the refusals below are about the credential.
    assertEquals(200, status(given().header("X-API-Key", api.secret()), "/v1/market/trending"));
    assertEquals(200, status(bearer(vel.secret()), "/api/v1/trends"));
    assertEquals(200, status(bearer(goodJwt), "/chat"));
    assertEquals(
        200, status(bearer(TestTokens.jwt(Instant.now()).signedWith(JwtFixture.RSA)), "/chat"));
    assertEquals(
        200,
        status(
            bearer(TestTokens.jwt(Instant.now()).signedWithSecret(TestTokens.HS256_SECRET)),
            "/chat"));

    assertEquals(200, status(given(), "/healthz"), "seed 002's /healthz is open to anyone");

    List<Attack> attacks =
        new ArrayList<>(keyAndHeaderAttacks(api, vel, revokedApi, revokedVel, goodJwt));
    attacks.add(
        new Attack(
            "an unspent WebSocket ticket in the query of a plain request",
            r -> r.queryParam("ticket", ticket)));
    for (BadTokens.Case bad : JwtFixture.BAD.cases(Instant.now())) {
      if (!bad.token().equals(bad.token().strip())) {
        // HTTP trims a field value's surrounding whitespace (RFC 9110 §5.5): on the wire this is
        // the valid token itself. The verifier's own test refuses it.
        continue;
      }
      attacks.add(
          new Attack(
              "JWT: " + bad.name(), r -> r.header("Authorization", "Bearer " + bad.token())));
    }
    assertTrue(attacks.size() >= 40, "the table has " + attacks.size() + " attacks");

    List<String> failures = new ArrayList<>();
    try {
      for (int i = 0; i < attacks.size(); i++) {
        Attack attack = attacks.get(i);
        String path = PATHS.get(i % PATHS.size());
        Response response = send(attack.credential().apply(given()), path);
        String problem = refusalProblem(response, path);
        if (problem != null) {
          failures.add(attack.name() + " on " + path + ": " + problem);
        }
      }
    } finally {
      new WsTicketKeys(redis).delete(ticket);
    }
    assertEquals(List.of(), failures);
  }

  private static List<Attack> keyAndHeaderAttacks(
      Admin.Key api, Admin.Key vel, Admin.Key revokedApi, Admin.Key revokedVel, String goodJwt) {
    String apiBody = api.secret().substring(4);
    String unknownApi = "vzk_" + "A".repeat(43);
    return List.of(
        new Attack("no credential at all", r -> r),
        new Attack("empty X-API-Key", r -> r.header("X-API-Key", "")),
        new Attack("blank X-API-Key", r -> r.header("X-API-Key", "   ")),
        new Attack("Authorization without scheme", r -> r.header("Authorization", api.secret())),
        new Attack("empty bearer token", r -> r.header("Authorization", "Bearer ")),
        new Attack("Basic scheme", r -> r.header("Authorization", "Basic dXNlcjpwYXNz")),
        new Attack(
            "Token scheme with a valid key",
            r -> r.header("Authorization", "Token " + vel.secret())),
        new Attack("unknown well-formed API key", r -> r.header("X-API-Key", unknownApi)),
        new Attack(
            "unknown well-formed vel key",
            r -> r.header("Authorization", "Bearer vel_" + "B".repeat(43))),
        new Attack("revoked API key", r -> r.header("X-API-Key", revokedApi.secret())),
        new Attack(
            "revoked vel key", r -> r.header("Authorization", "Bearer " + revokedVel.secret())),
        new Attack(
            "API key body with the vel prefix",
            r -> r.header("Authorization", "Bearer vel_" + apiBody)),
        new Attack(
            "API key body with a made-up prefix", r -> r.header("X-API-Key", "vz_" + apiBody)),
        new Attack("API key without its prefix", r -> r.header("X-API-Key", apiBody)),
        new Attack(
            "API key as a bearer token (wrong header)",
            r -> r.header("Authorization", "Bearer " + api.secret())),
        new Attack("vel key in X-API-Key (wrong header)", r -> r.header("X-API-Key", vel.secret())),
        new Attack("JWT in X-API-Key (wrong header)", r -> r.header("X-API-Key", goodJwt)),
        new Attack(
            "two credentials at once",
            r ->
                r.header("X-API-Key", api.secret())
                    .header("Authorization", "Bearer " + vel.secret())),
        new Attack(
            "two X-API-Key headers",
            r -> r.header("X-API-Key", api.secret()).header("X-API-Key", api.secret())),
        new Attack(
            "two Authorization headers",
            r ->
                r.header("Authorization", "Bearer " + vel.secret())
                    .header("Authorization", "Bearer " + vel.secret())),
        new Attack("oversized X-API-Key", r -> r.header("X-API-Key", "vzk_" + "A".repeat(5000))),
        new Attack(
            "oversized bearer token", r -> r.header("Authorization", "Bearer " + "e".repeat(5000))),
        new Attack("truncated API key", r -> r.header("X-API-Key", api.secret().substring(0, 46))),
        new Attack(
            "API key with an extra character", r -> r.header("X-API-Key", api.secret() + "A")),
        new Attack(
            "API key with a character outside base64url",
            r -> r.header("X-API-Key", api.secret().substring(0, 46) + "!")),
        new Attack(
            "API key with one character changed",
            r -> r.header("X-API-Key", flipLast(api.secret()))),
        new Attack(
            "API key followed by garbage", r -> r.header("X-API-Key", api.secret() + " extra")),
        new Attack(
            "API key in the query of a plain request", r -> r.queryParam("api_key", api.secret())),
        new Attack(
            "JWT in the query of a plain request", r -> r.queryParam("access_token", goodJwt)),
        new Attack(
            "good JWT with its signature cut off",
            r ->
                r.header(
                    "Authorization",
                    "Bearer " + goodJwt.substring(0, goodJwt.lastIndexOf('.') + 1))),
        new Attack(
            "good JWT with a flipped signature byte",
            r -> r.header("Authorization", "Bearer " + flipSignatureStart(goodJwt))));
  }

  /**
   * Changes the signature's first character: all six of its bits are signature bits, unlike the
   * last one, whose low bits are base64url padding a decoder may ignore.
   */
  private static String flipSignatureStart(String jwt) {
    int at = jwt.lastIndexOf('.') + 1;
    char first = jwt.charAt(at);
    return jwt.substring(0, at) + (first == 'A' ? 'B' : 'A') + jwt.substring(at + 1);
  }

  private static String flipLast(String value) {
    char last = value.charAt(value.length() - 1);
    return value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A');
  }

  private static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token);
  }

  private static int status(RequestSpecification request, String path) {
    return send(request, path).statusCode();
  }

  /** Zmarty's credentialed route is POST /chat; the others are read with GET. */
  private static Response send(RequestSpecification request, String path) {
    return path.equals("/chat") ? request.post(path) : request.get(path);
  }

  /** Null when the response is the family's 401; otherwise what is wrong with it. */
  private static String refusalProblem(Response response, String path) {
    if (response.statusCode() != 401) {
      return "status " + response.statusCode() + " " + response.asString();
    }
    Map<String, Object> body = response.as(Map.class);
    if (path.startsWith("/api/v1/")) {
      return body.keySet().equals(Set.of("error", "message"))
              && "unauthorized".equals(body.get("error"))
          ? null
          : "not the Velocity envelope: " + body;
    }
    if (path.equals("/chat")) {
      return body.keySet().equals(Set.of("error", "message"))
              && "invalid_token".equals(body.get("error"))
          ? null
          : "not the Zmarty envelope: " + body;
    }
    Object error = body.get("error");
    return error instanceof Map<?, ?> detail && "unauthorized".equals(detail.get("code"))
        ? null
        : "not the Vizzor envelope: " + body;
  }
}
