package dev.vizzor.agent;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.identity.InternalClaims;
import dev.vizzor.testsupport.InternalTokenFixture;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The agents' REST API as one account (or an operator) calls it. */
final class Api {
  /** Numbers exactly as served: the recounts compare decimals, not doubles. */
  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final String token;

  /** Null: the application under test ({@code @QuarkusTest}); else a packaged replica's URL. */
  private final String base;

  private Api(String token, String base) {
    this.token = token;
    this.base = base;
  }

  static Api of(UUID account) {
    return new Api(userToken(account), null);
  }

  /** The account calling the replica at {@code base}. */
  static Api at(String base, UUID account) {
    return new Api(userToken(account), base);
  }

  static Api operator() {
    return new Api(
        InternalTokenFixture.token()
            .claim("sub", UUID.randomUUID().toString())
            .claim("tier", "enterprise")
            .claim(InternalClaims.CREDENTIAL, "operator")
            .signed(),
        null);
  }

  private static String userToken(UUID account) {
    return InternalTokenFixture.token()
        .claim("sub", account.toString())
        .claim("tier", "pro")
        .signed();
  }

  private RequestSpecification request() {
    RequestSpecification request = given().auth().oauth2(token);
    return base == null ? request : request.baseUri(base);
  }

  Response post(String path, String body) {
    return request().contentType("application/json").body(body).post(path);
  }

  Response delete(String path) {
    return request().delete(path);
  }

  Response get(String path) {
    return request().get(path);
  }

  JsonNode ok(Response response) {
    assertEquals(200, response.statusCode(), response.asString());
    return read(response);
  }

  JsonNode getOk(String path) {
    return ok(get(path));
  }

  JsonNode postOk(String path, String body) {
    return ok(post(path, body));
  }

  JsonNode create(String body) {
    Response created = post("/v1/agents", body);
    assertEquals(201, created.statusCode(), created.asString());
    return read(created);
  }

  /** Every item of a paged list, newest first. */
  List<JsonNode> all(String path) {
    List<JsonNode> items = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = getOk(path + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
      page.get("items").forEach(items::add);
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    return items;
  }

  static JsonNode read(Response response) {
    return read(response.asString());
  }

  static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  static void assertError(Response response, int status, String code, String messageStart) {
    assertEquals(status, response.statusCode(), response.asString());
    JsonNode error = read(response).get("error");
    assertEquals(code, error.get("code").asText(), error.toString());
    assertTrue(error.get("message").asText().startsWith(messageStart), error.toString());
  }
}
