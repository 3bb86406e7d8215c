package dev.vizzor.orchestrator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.vizzor.testsupport.InternalTokenFixture;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A user's message to the local analyst through {@code POST /v1/chat}, and what the services behind
 * the tools (ServicesStub) were asked on that user's behalf.
 */
final class LocalChat {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the chat said: its tool calls and its whole answer. */
  record Answer(List<JsonNode> toolCalls, String text) {
    JsonNode onlyCall() {
      assertEquals(1, toolCalls.size(), toolCalls.toString());
      return toolCalls.get(0);
    }
  }

  private LocalChat() {}

  static Answer ask(UUID account, String message) throws Exception {
    Response response =
        given()
            .auth()
            .oauth2(InternalTokenFixture.token().claim("sub", account.toString()).signed())
            .contentType("application/json")
            .body(JSON.createObjectNode().put("message", message).toString())
            .post("/v1/chat");
    assertEquals(200, response.statusCode(), response.asString());
    List<JsonNode> toolCalls = new ArrayList<>();
    JsonNode done = null;
    for (Sse event : Sse.parse(response.asString())) {
      if ("tool_call".equals(event.name())) {
        toolCalls.add(JSON.readTree(event.data()));
      } else if ("done".equals(event.name())) {
        done = JSON.readTree(event.data());
      }
    }
    assertTrue(done != null, "the chat finished: " + response.asString());
    return new Answer(toolCalls, done.get("text").asText());
  }

  /**
   * The service was asked once for {@code account}: a token this service signed (docs/
   * INTERNAL-TOKEN.md, "Calls between services") naming the chatting user's account.
   */
  static void assertOnBehalfOf(UUID account, RequestPatternBuilder request) throws Exception {
    List<JsonNode> tokens = new ArrayList<>();
    for (LoggedRequest logged : ServicesStub.server().findAll(request)) {
      JsonNode claims = claims(logged.getHeader("Authorization"));
      if (account.toString().equals(claims.path("sub").asText())) {
        tokens.add(claims);
      }
    }
    assertEquals(1, tokens.size(), "one call for the user");
    assertEquals("vizzor-service:orchestrator-service", tokens.get(0).get("iss").asText());
    assertEquals("service", tokens.get(0).get("cred").asText());
  }

  static int requests(RequestPatternBuilder request) {
    return ServicesStub.server().findAll(request).size();
  }

  private static JsonNode claims(String authorization) throws Exception {
    String token = authorization.substring("Bearer ".length());
    String payload = token.split("\\.")[1];
    return JSON.readTree(
        new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }
}
