package dev.vizzor.gateway.admin;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.identity.Tier;
import dev.vizzor.gateway.config.GatewayConfig;
import dev.vizzor.gateway.proxy.InternalTokenSigner;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Admin calls the gateway makes to a service for an operator ({@code cred=operator}, signed like
 * every internal token): today orchestrator-service's credit top-up. Each takes at most 5 s; the
 * service's own error answer is passed on with its status.
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
    String orchestrator = config.services().get("orchestrator");
    return web.postAbs(orchestrator + "/operator/credits")
        .timeout(TIMEOUT_MS)
        .putHeader("Authorization", "Bearer " + tokens.operatorToken(accountId, tier))
        .sendJsonObject(new JsonObject().put("amount", amount).put("note", note))
        .onFailure()
        .transform(
            failure ->
                ApiException.unavailable(
                    "orchestrator-service did not answer: " + failure.getMessage(), 5))
        .map(
            response -> {
              if (response.statusCode() / 100 == 2) {
                return response.bodyAsJsonObject();
              }
              JsonObject body = response.bodyAsJsonObject();
              String message =
                  body == null
                      ? ""
                      : body.getJsonObject("error", new JsonObject()).getString("message", "");
              throw new ApiException(
                  ApiError.of(
                          Problem.ofStatus(response.statusCode()),
                          "orchestrator-service refused the top-up: " + message)
                      .withStatus(response.statusCode()));
            });
  }
}
