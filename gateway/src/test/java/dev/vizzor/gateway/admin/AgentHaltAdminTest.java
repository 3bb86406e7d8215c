package dev.vizzor.gateway.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.FakeServices;
import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.gateway.support.InternalTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's halt of every agent through the admin API ({@code vizzor agents halt|resume|
 * status}): each call reaches agent-service's {@code /operator/agents/emergency-stop} as the
 * operator acting for no one account, the service's answers and refusals come back as it gave them,
 * and a service that does not answer is a 503 with when to retry. The fake services play
 * agent-service; its answers here are the contract's (docs/AGENTS.md, "Emergency stop").
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class AgentHaltAdminTest {
  private static final String ADMIN_PATH = "/admin/agents/emergency-stop";
  private static final String SERVICE_PATH = "/operator/agents/emergency-stop";
  private static final String NO_ACCOUNT = "00000000-0000-0000-0000-000000000000";
  private static final String OPERATORS_STOP =
      """
      {"id":"6f1c2a8e-3b7d-4c1e-9a55-0d2e8b7c4f10","scope":"all","accountId":null,"active":true,\
      "reason":"exchange outage","pulledBy":"operator","haltedAt":"2026-12-06T03:00:00Z",\
      "liftedAt":null,"liftedBy":null}""";
  private static final String ACCOUNTS_STOP =
      """
      {"id":"0b6f7e52-91d4-4a7b-8e0c-5c3a2f1d9e84","scope":"account",\
      "accountId":"4d3c2b1a-5e6f-4a8b-9c0d-1e2f3a4b5c6d","active":true,"reason":"emergency stop",\
      "pulledBy":"4d3c2b1a-5e6f-4a8b-9c0d-1e2f3a4b5c6d","haltedAt":"2026-12-06T02:00:00Z",\
      "liftedAt":null,"liftedBy":null}""";

  /** The three calls, each made by the given admin API caller. */
  private static final List<Function<RequestSpecification, Response>> CALLS =
      List.of(
          call -> call.body(Map.of("reason", "exchange outage")).post(ADMIN_PATH),
          call -> call.delete(ADMIN_PATH),
          call -> call.get(ADMIN_PATH));

  @Inject AdminServer adminServer;

  private Admin admin;
  private final FakeServices agentService = FakeServices.get();

  @BeforeEach
  void admin() {
    admin = new Admin(adminServer.port());
  }

  @AfterEach
  void echoAgain() {
    agentService.echo(SERVICE_PATH);
  }

  @Test
  void eachCallReachesAgentServiceAsTheOperatorActingForNoOneAccount() {
    // the fake agent-service echoes what reached it
    Response halted = admin.call().body(Map.of("reason", "exchange outage")).post(ADMIN_PATH);
    halted.then().statusCode(200);
    assertEquals("POST", halted.path("method"));
    assertEquals(SERVICE_PATH, halted.path("path"));
    assertEquals("{\"reason\":\"exchange outage\"}".length(), (int) halted.path("bodyLength"));
    actsAsTheOperatorForNoAccount(halted);

    Response resumed = admin.call().delete(ADMIN_PATH);
    resumed.then().statusCode(200);
    assertEquals("DELETE", resumed.path("method"));
    assertEquals(SERVICE_PATH, resumed.path("path"));
    actsAsTheOperatorForNoAccount(resumed);

    Response listed = admin.call().get(ADMIN_PATH);
    listed.then().statusCode(200);
    assertEquals("GET", listed.path("method"));
    assertEquals(SERVICE_PATH, listed.path("path"));
    actsAsTheOperatorForNoAccount(listed);
  }

  @Test
  void aHaltWithoutAReasonLeavesTheReasonToAgentService() {
    Response halted = admin.call().body(Map.of()).post(ADMIN_PATH);
    halted.then().statusCode(200);
    assertEquals("{}".length(), (int) halted.path("bodyLength"));
  }

  @Test
  void agentServicesStopsComeBackAsItGaveThem() {
    agentService.answer(SERVICE_PATH, 200, OPERATORS_STOP);
    Response halted = admin.call().body(Map.of("reason", "exchange outage")).post(ADMIN_PATH);
    halted.then().statusCode(200).contentType(ContentType.JSON);
    assertEquals(new JsonObject(OPERATORS_STOP), new JsonObject(halted.asString()));

    String active = "{\"active\":[" + OPERATORS_STOP + "," + ACCOUNTS_STOP + "]}";
    agentService.answer(SERVICE_PATH, 200, active);
    Response listed = admin.call().get(ADMIN_PATH);
    listed.then().statusCode(200).contentType(ContentType.JSON);
    assertEquals(new JsonObject(active), new JsonObject(listed.asString()));
  }

  @Test
  void resumingWhenNoOperatorsHaltIsOnIsAgentServicesNotFound() {
    agentService.answer(
        SERVICE_PATH,
        404,
        "{\"error\":{\"code\":\"not_found\",\"message\":\"No operator's halt is on\"}}");
    admin
        .call()
        .delete(ADMIN_PATH)
        .then()
        .statusCode(404)
        .contentType(ContentType.JSON)
        .body("error.code", equalTo("not_found"))
        .body("error.message", containsString("No operator's halt is on"));
  }

  @Test
  void agentServicesForbiddenIsPassedOnForEachCall() {
    String refusal = "only an operator (vizzor agents halt) halts every agent";
    agentService.answer(
        SERVICE_PATH, 403, "{\"error\":{\"code\":\"forbidden\",\"message\":\"" + refusal + "\"}}");
    for (Function<RequestSpecification, Response> call : CALLS) {
      call.apply(admin.call())
          .then()
          .statusCode(403)
          .contentType(ContentType.JSON)
          .body("error.code", equalTo("forbidden"))
          .body("error.message", containsString(refusal));
    }
  }

  @Test
  void anAgentServiceThatDoesNotAnswerIsUnavailableWithWhenToRetry() {
    agentService.hangUp(SERVICE_PATH);
    for (Function<RequestSpecification, Response> call : CALLS) {
      call.apply(admin.call())
          .then()
          .statusCode(503)
          .contentType(ContentType.JSON)
          .header("Retry-After", "5")
          .body("error.code", equalTo("service_unavailable"))
          .body("error.retryAfter", equalTo(5))
          .body("error.message", containsString("agent-service"));
    }
  }

  @Test
  void aReasonThatIsNotTextOfAtMost200CharactersIsInvalidAndNothingIsSent() {
    // Had a call reached the service, it would be a 503, not a 400.
    agentService.hangUp(SERVICE_PATH);
    for (Object reason : List.of("x".repeat(201), 42, List.of("outage"))) {
      admin
          .call()
          .body(Map.of("reason", reason))
          .post(ADMIN_PATH)
          .then()
          .statusCode(400)
          .body("error.code", equalTo("invalid_request"));
    }
    admin
        .call()
        .body("not json")
        .post(ADMIN_PATH)
        .then()
        .statusCode(400)
        .body("error.code", equalTo("invalid_request"));

    agentService.echo(SERVICE_PATH);
    admin.call().body(Map.of("reason", "x".repeat(200))).post(ADMIN_PATH).then().statusCode(200);
  }

  @Test
  void withoutTheAdminTokenNothingReachesAgentService() {
    agentService.hangUp(SERVICE_PATH);
    for (Function<RequestSpecification, Response> call : CALLS) {
      call.apply(
              given()
                  .baseUri("http://127.0.0.1")
                  .port(adminServer.port())
                  .contentType(ContentType.JSON)
                  .header("Authorization", "Bearer " + GatewayTestProfile.ADMIN_TOKEN + "x"))
          .then()
          .statusCode(401)
          .body("error.code", equalTo("unauthorized"));
    }
  }

  private static void actsAsTheOperatorForNoAccount(Response echoed) {
    Map<String, Object> claims = InternalTokens.verify(echoed.path("headers.authorization"));
    assertEquals("operator", claims.get("cred"));
    assertEquals(NO_ACCOUNT, claims.get("sub"));
  }
}
