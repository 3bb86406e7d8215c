package dev.vizzor.gateway.docs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.error.ApiFamily;
import dev.vizzor.common.error.Problem;
import dev.vizzor.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi/{service}} rewrites the service's own document (the fake's {@code
 * fake-openapi.json}, which holds operations of several services, internal ones and a method the
 * gateway does not route) into what a client can call at the gateway.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ClientViewTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RATE_LIMIT_HEADERS =
      List.of(
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset",
          "RateLimit-Policy",
          "RateLimit");

  @Test
  void eachServiceShowsOnlyTheOperationsTheGatewayRoutesToIt() throws Exception {
    JsonNode market = document("market");
    assertEquals(
        Set.of("/v1/market/price/{symbol}", "/trends", "/api/v1/trends"),
        names(market.get("paths")));
    assertEquals(Set.of("post"), names(market.at("/paths/~1trends")), "GET /trends is not routed");
    assertEquals(Set.of("/v1/market/ml-health"), names(document("prediction").get("paths")));
    assertEquals(Set.of("/chat"), names(document("orchestrator").get("paths")));
    assertEquals(Set.of("/functions/v1/watchers-upsert"), names(document("webhook").get("paths")));
    assertEquals(Set.of(), names(document("agent").get("paths")));
  }

  @Test
  void nothingInternalIsLeftBehind() throws Exception {
    JsonNode market = document("market");
    for (String path : names(market.get("paths"))) {
      assertFalse(path.startsWith("/internal") || path.startsWith("/q/"), path);
    }
    Set<String> schemas = names(market.at("/components/schemas"));
    assertFalse(schemas.contains("CandlesView"), "only /internal used it: " + schemas);
    assertFalse(schemas.contains("Candle"), schemas.toString());
    assertFalse(schemas.contains("Detail"), "the service's own VizzorError part: " + schemas);
    assertTrue(schemas.containsAll(Set.of("PriceView", "TrendsRequest", "TrendsView", "Trends")));
    assertEquals("[{\"name\":\"market\"}]", market.get("tags").toString());
    assertEquals(
        "[{\"url\":\"/\",\"description\":\"the gateway\"}]", market.get("servers").toString());
  }

  @Test
  void theThreeCredentialsAreDeclaredAndAnyOneOfThemIsEnough() throws Exception {
    JsonNode market = document("market");
    JsonNode schemes = market.at("/components/securitySchemes");
    assertEquals(Set.of("apiKey", "velocityKey", "supabaseJwt"), names(schemes));
    assertEquals("apiKey", schemes.at("/apiKey/type").asText());
    assertEquals("header", schemes.at("/apiKey/in").asText());
    assertEquals("X-API-Key", schemes.at("/apiKey/name").asText());
    assertEquals("http", schemes.at("/velocityKey/type").asText());
    assertEquals("bearer", schemes.at("/velocityKey/scheme").asText());
    assertEquals("vel_…", schemes.at("/velocityKey/bearerFormat").asText());
    assertEquals("http", schemes.at("/supabaseJwt/type").asText());
    assertEquals("bearer", schemes.at("/supabaseJwt/scheme").asText());
    assertEquals("JWT", schemes.at("/supabaseJwt/bearerFormat").asText());
    assertEquals(
        "[{\"apiKey\":[]},{\"velocityKey\":[]},{\"supabaseJwt\":[]}]",
        market.get("security").toString());
    JsonNode price = market.at("/paths/~1v1~1market~1price~1{symbol}/get");
    assertTrue(price.path("security").isMissingNode(), "the service's internal token is gone");
  }

  @Test
  void theSignedWebhookDeclaresItsSignatureHeadersAndNoUserCredential() throws Exception {
    JsonNode upsert = document("webhook").at("/paths/~1functions~1v1~1watchers-upsert/post");
    assertEquals("[]", upsert.get("security").toString());
    Set<String> headers = new TreeSet<>();
    upsert
        .get("parameters")
        .forEach(p -> headers.add(p.get("in").asText() + ":" + p.get("name").asText()));
    assertTrue(
        headers.containsAll(
            Set.of(
                "header:x-hmac-sha256",
                "header:webhook-id",
                "header:webhook-timestamp",
                "header:webhook-signature")),
        headers.toString());
    JsonNode responses = upsert.get("responses");
    assertEquals(
        "Missing or wrong signature, or timestamp out of window",
        responses.at("/401/description").asText(),
        "the service's own 401 (invalid_signature), nothing of a user credential");
    assertEquals(Set.of("rate_limit_exceeded"), exampleCodes(responses.get("429")));
    assertEquals("#/components/schemas/ZmartyError", schemaRef(responses.get("429")));
    assertTrue(responses.at("/200/headers/X-RateLimit-Limit").isObject(), "limited per address");
  }

  @Test
  void vizzorRoutesAnswerInTheNestedEnvelope() throws Exception {
    JsonNode price = document("market").at("/paths/~1v1~1market~1price~1{symbol}/get/responses");
    assertEquals(List.of("200", "401", "404", "429", "503"), fieldNames(price));
    for (String status : List.of("401", "429", "503")) {
      assertEquals("#/components/schemas/VizzorError", schemaRef(price.get(status)), status);
    }
    assertEquals(Set.of("unauthorized"), exampleCodes(price.get("401")));
    assertEquals(Set.of("rate_limited"), exampleCodes(price.get("429")));
    assertEquals(Set.of("service_unavailable"), exampleCodes(price.get("503")));
    JsonNode limited = example(price.get("429"), "rate_limited");
    assertEquals("rate_limited", limited.at("/error/code").asText());
    assertEquals(42, limited.at("/error/retryAfter").asInt());
    assertTrue(
        price.at("/503/description").asText().startsWith("service_unavailable (with retryAfter)"),
        "the service's own words stay, the gateway's are added");
    assertTrue(price.at("/503/description").asText().contains("At the gateway:"));
  }

  @Test
  void velocityRoutesAnswerFlatWithTheTierRefusal() throws Exception {
    JsonNode trends = document("market").at("/paths/~1api~1v1~1trends/get/responses");
    assertEquals(List.of("200", "401", "403", "429", "503"), fieldNames(trends));
    for (String status : List.of("401", "403", "429", "503")) {
      assertEquals("#/components/schemas/VelocityError", schemaRef(trends.get(status)), status);
    }
    assertEquals(Set.of("unauthorized"), exampleCodes(trends.get("401")));
    assertEquals(Set.of("tier_too_low_for_api_access"), exampleCodes(trends.get("403")));
    assertEquals(Set.of("quota_exceeded"), exampleCodes(trends.get("429")));
    assertEquals(
        Set.of("error", "message"),
        names(example(trends.get("403"), "tier_too_low_for_api_access")));
  }

  @Test
  void zmartyRoutesAnswerFlatWithTheirDetailFields() throws Exception {
    JsonNode chat = document("orchestrator").at("/paths/~1chat/post/responses");
    assertEquals(Set.of("invalid_token"), exampleCodes(chat.get("401")));
    assertEquals(Set.of("rate_limit_exceeded"), exampleCodes(chat.get("429")));
    JsonNode limited = example(chat.get("429"), "rate_limit_exceeded");
    assertEquals(100, limited.get("limit").asInt());
    assertEquals(42, limited.get("retry_after").asInt());
  }

  @Test
  void limitHeadersAreDocumentedWhereTheGatewaySendsThem() throws Exception {
    JsonNode price = document("market").at("/paths/~1v1~1market~1price~1{symbol}/get/responses");
    for (String status : List.of("200", "404", "429", "503")) {
      assertTrue(
          names(price.at("/" + status + "/headers")).containsAll(RATE_LIMIT_HEADERS), status);
    }
    assertTrue(price.at("/429/headers/Retry-After").isObject());
    assertTrue(price.at("/503/headers/Retry-After").isObject());
    assertEquals(
        Set.of("WWW-Authenticate"),
        names(price.at("/401/headers")),
        "refused before any limit is counted");
    JsonNode trends = document("market").at("/paths/~1api~1v1~1trends/get/responses");
    assertTrue(names(trends.at("/200/headers")).containsAll(RATE_LIMIT_HEADERS));
    assertEquals(Set.of(), names(trends.at("/403/headers")), "refused before any limit is counted");
  }

  @Test
  void errorSchemasAreTheFamilyRecordsWithEachFamilysCodeTable() throws Exception {
    JsonNode schemas = document("orchestrator").at("/components/schemas");
    JsonNode zmarty = schemas.get("ZmartyError");
    assertEquals("[\"error\",\"message\"]", zmarty.get("required").toString());
    assertTrue(zmarty.get("additionalProperties").asBoolean(), "balance, limit, retry_after …");
    assertEquals(codeTable(ApiFamily.ZMARTY), strings(zmarty.at("/properties/error/enum")));
    assertTrue(
        strings(zmarty.at("/properties/error/enum"))
            .containsAll(
                List.of(
                    "invalid_token",
                    "insufficient_credits",
                    "rate_limit_exceeded",
                    "message_too_long",
                    "all_providers_failed",
                    "invalid_request",
                    "server_error")),
        "seed 002's reference");

    JsonNode market = document("market").at("/components/schemas");
    JsonNode velocity = market.get("VelocityError");
    assertEquals(codeTable(ApiFamily.VELOCITY), strings(velocity.at("/properties/error/enum")));
    assertTrue(
        strings(velocity.at("/properties/error/enum"))
            .containsAll(
                List.of(
                    "bad_request",
                    "unauthorized",
                    "tier_too_low_for_api_access",
                    "quota_exceeded",
                    "internal_error")),
        "seed 001's table");
    JsonNode vizzor = market.get("VizzorError");
    assertEquals("[\"error\"]", vizzor.get("required").toString());
    JsonNode detail = vizzor.at("/properties/error");
    assertEquals(
        "[\"code\",\"message\"]", detail.get("required").toString(), "retryAfter optional");
    assertEquals("integer", detail.at("/properties/retryAfter/type").asText());
    assertEquals(codeTable(ApiFamily.VIZZOR), strings(detail.at("/properties/code/enum")));
    assertTrue(
        strings(detail.at("/properties/code/enum"))
            .containsAll(List.of("rate_limited", "service_unavailable")));
    assertFalse(market.has("ZmartyError"), "no Zmarty route in the market view");
  }

  @Test
  void theWsTicketTheGatewayAnswersIsDescribedBesideTheNotifications() throws Exception {
    JsonNode notification = document("notification");
    assertEquals(Set.of("/v1/notifications/ws-ticket"), names(notification.get("paths")));
    JsonNode mint = notification.at("/paths/~1v1~1notifications~1ws-ticket");
    assertEquals(Set.of("post"), names(mint));
    assertTrue(mint.at("/post/security").isMissingNode(), "any one of the document's credentials");
    JsonNode responses = mint.at("/post/responses");
    assertEquals(List.of("201", "401", "429", "503"), fieldNames(responses));
    JsonNode ticket = responses.at("/201/content/application~1json/schema");
    assertEquals("[\"ticket\",\"expiresAt\",\"url\"]", ticket.get("required").toString());
    assertEquals("date-time", ticket.at("/properties/expiresAt/format").asText());
    assertTrue(names(responses.at("/201/headers")).containsAll(RATE_LIMIT_HEADERS), "counted");
    for (String status : List.of("401", "429", "503")) {
      assertEquals("#/components/schemas/VizzorError", schemaRef(responses.get(status)), status);
    }
    assertEquals(Set.of("service_unavailable"), exampleCodes(responses.get("503")));
    assertFalse(names(document("market").get("paths")).contains("/v1/notifications/ws-ticket"));
  }

  @Test
  void theGatewaysOwnDocumentShowsItsPagesAtItsOrigin() throws Exception {
    JsonNode own =
        JSON.readTree(
            given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    assertTrue(names(own.get("paths")).containsAll(Set.of("/health", "/openapi/{service}")));
    for (String path : names(own.get("paths"))) {
      assertFalse(path.startsWith("/q/"), path);
    }
    assertEquals("[{\"url\":\"/\"}]", own.get("servers").toString());
    assertFalse(names(own.at("/components/schemas")).contains("ObjectNode"), "no Java internals");
    assertEquals(
        "#/components/schemas/VizzorError",
        own.at(
                "/paths/~1openapi~1{service}/get/responses/404/content/application~1json/schema/$ref")
            .asText());
  }

  @Test
  void theSwaggerUiServesEveryDocumentAndAnUnknownServiceIsA404() {
    given().get("/docs/").then().statusCode(200).body(containsString("swagger"));
    given().get("/openapi/nope").then().statusCode(404).body("error.code", equalTo("not_found"));
  }

  private static JsonNode document(String service) throws Exception {
    return JSON.readTree(
        given().get("/openapi/" + service).then().statusCode(200).extract().asString());
  }

  /** The family's code for every problem, in the order of {@link Problem}, each once. */
  private static List<String> codeTable(ApiFamily family) {
    return Arrays.stream(Problem.values()).map(family::code).distinct().toList();
  }

  private static String schemaRef(JsonNode response) {
    return response.at("/content/application~1json/schema/$ref").asText();
  }

  private static Set<String> exampleCodes(JsonNode response) {
    return names(response.at("/content/application~1json/examples"));
  }

  private static JsonNode example(JsonNode response, String code) {
    return response.at("/content/application~1json/examples/" + code + "/value");
  }

  private static Set<String> names(JsonNode node) {
    return new TreeSet<>(fieldNames(node));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
