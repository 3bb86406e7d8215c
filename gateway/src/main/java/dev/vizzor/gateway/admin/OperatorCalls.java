package dev.vizzor.gateway.admin;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.identity.Tier;
import dev.vizzor.gateway.config.GatewayConfig;
import dev.vizzor.gateway.proxy.InternalTokenSigner;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Admin calls the gateway makes to a service for an operator ({@code cred=operator}, signed like
 * every internal token): orchestrator-service's credit top-up and agent-service's halt of every
 * agent. Each takes at most 5 s; the service's own error answer is passed on with its status, and a
 * service that does not answer is a 503.
 */
@ApplicationScoped
public class OperatorCalls {
  static final long TIMEOUT_MS = 5000;

  private final WebClient web;
  private final GatewayConfig config;
  private final InternalTokenSigner tokens;

  OperatorCalls(Vertx vertx, GatewayConfig config, InternalTokenSigner tokens) {
    this.web = WebClient.create(vertx);
    this.config = config;
    this.tokens = tokens;
  }

  /** Adds {@code amount} credits to the account's ledger; the orchestrator's answer. */
  public Uni<JsonObject> topUp(UUID accountId, Tier tier, long amount, String note) {
    return send(
        web.postAbs(config.services().get("orchestrator") + "/operator/credits"),
        tokens.operatorToken(accountId, tier),
        new JsonObject().put("amount", amount).put("note", note),
        "orchestrator-service",
        "the top-up");
  }

  /**
   * Halts every agent of every account ({@code reason} may be null: the service's default); the
   * stop, which is the one already on when pulled again.
   */
  public Uni<JsonObject> haltEveryAgent(String reason) {
    JsonObject body = new JsonObject();
    if (reason != null) {
      body.put("reason", reason);
    }
    return emergencyStop(HttpMethod.POST, body, "the halt");
  }

  /** Lifts the operator's halt; the lifted stop, or agent-service's 404 when none is on. */
  public Uni<JsonObject> resumeEveryAgent() {
    return emergencyStop(HttpMethod.DELETE, null, "the resume");
  }

  /** Every active stop, the operator's and each account's: {@code {"active": [...]}}. */
  public Uni<JsonObject> agentStops() {
    return emergencyStop(HttpMethod.GET, null, "the list of stops");
  }

  /** agent-service's operator stop, called as the operator acting for no one account. */
  private Uni<JsonObject> emergencyStop(HttpMethod method, JsonObject body, String what) {
    return send(
        web.requestAbs(method, config.services().get("agent") + "/operator/agents/emergency-stop"),
        tokens.operatorTokenForEveryAccount(),
        body,
        "agent-service",
        what);
  }

  /**
   * Sends {@code body} (none when null) with the operator's {@code token}; the answer, or the
   * refusal of {@code what} by {@code service} with its status.
   */
  private static Uni<JsonObject> send(
      HttpRequest<Buffer> request, String token, JsonObject body, String service, String what) {
    request.timeout(TIMEOUT_MS).putHeader("Authorization", "Bearer " + token);
    return (body == null ? request.send() : request.sendJsonObject(body))
        .onFailure()
        .transform(
            failure ->
                ApiException.unavailable(service + " did not answer: " + failure.getMessage(), 5))
        .map(response -> answer(response, service + " refused " + what + ": "));
  }

  private static JsonObject answer(HttpResponse<Buffer> response, String refused) {
    if (response.statusCode() / 100 == 2) {
      return response.bodyAsJsonObject();
    }
    JsonObject body = response.bodyAsJsonObject();
    String message =
        body == null ? "" : body.getJsonObject("error", new JsonObject()).getString("message", "");
    throw new ApiException(
        ApiError.of(Problem.ofStatus(response.statusCode()), refused + message)
            .withStatus(response.statusCode()));
  }
}
