package dev.vizzor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.common.identity.Tier;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The gateway's admin API ({@code /admin/keys}, {@code /admin/accounts}, {@code /admin/agents}),
 * one method per operation. An account is named by its id or its Supabase user's {@code sub}.
 * Answers come back as JSON; errors as {@link AdminApiRefused} or {@link AdminApiUnreachable}.
 */
final class AdminClient {
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EMERGENCY_STOP = "/admin/agents/emergency-stop";

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          // Plain HTTP/1.1: the default would first try an h2c upgrade, a needless round of
          // negotiation with a loopback admin port.
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final String baseUrl;
  private final String token;

  /** {@code baseUrl} without a trailing slash, e.g. {@code http://127.0.0.1:9100}. */
  AdminClient(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** {@code accountId} and {@code tier} may be null: the gateway then picks (new account, pro). */
  JsonNode createKey(String name, KeyType type, String accountId, Tier tier) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("type", type.wireName());
    body.put("accountId", accountId);
    body.put("tier", tier == null ? null : tier.wire());
    return send("POST", "/admin/keys", body);
  }

  JsonNode listKeys() {
    return send("GET", "/admin/keys", null);
  }

  JsonNode revokeKey(String name) {
    return send("DELETE", "/admin/keys/" + PathSegment.encode(name), null);
  }

  /** A page of accounts, newest first; {@code after} is the previous page's {@code next}. */
  JsonNode listAccounts(int limit, String after) {
    String query = "?limit=" + limit + (after == null ? "" : "&after=" + PathSegment.encode(after));
    return send("GET", "/admin/accounts" + query, null);
  }

  JsonNode account(String idOrSub) {
    return send("GET", "/admin/accounts/" + PathSegment.encode(idOrSub), null);
  }

  JsonNode setTier(String idOrSub, Tier tier) {
    ObjectNode body = JSON.createObjectNode();
    body.put("tier", tier.wire());
    return send("PUT", "/admin/accounts/" + PathSegment.encode(idOrSub) + "/tier", body);
  }

  /** Adds chat credits to the account (orchestrator-service's ledger, through the gateway). */
  JsonNode topUp(String idOrSub, long amount, String note) {
    ObjectNode body = JSON.createObjectNode();
    body.put("amount", amount);
    if (note != null) {
      body.put("note", note);
    }
    return send("POST", "/admin/accounts/" + PathSegment.encode(idOrSub) + "/credits", body);
  }

  /** Halts every agent of every account (agent-service, through the gateway); the stop. */
  JsonNode haltEveryAgent(String reason) {
    ObjectNode body = JSON.createObjectNode();
    if (reason != null) {
      body.put("reason", reason);
    }
    return send("POST", EMERGENCY_STOP, body);
  }

  /** Lifts the operator's halt; the lifted stop (404 not_found when none is on). */
  JsonNode resumeEveryAgent() {
    return send("DELETE", EMERGENCY_STOP, null);
  }

  /** Every active emergency stop, the operator's and each account's: {@code {"active": [...]}}. */
  JsonNode agentStops() {
    return send("GET", EMERGENCY_STOP, null);
  }

  private JsonNode send(String method, String path, JsonNode body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response = exchange(request.build());
    JsonNode json = parse(response.body());
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      if (json == null || !json.isObject()) {
        throw new AdminApiUnreachable(
            "HTTP " + status + " from " + baseUrl + " without a JSON body; is it the admin API?");
      }
      return json;
    }
    JsonNode error = json == null ? null : json.get("error");
    if (error != null && error.hasNonNull("code")) {
      throw new AdminApiRefused(
          status, error.get("code").asText(), error.path("message").asText(""));
    }
    // Not the admin API's envelope, e.g. --admin-url points at the public gateway port.
    throw new AdminApiRefused(
        status, "http_" + status, "no error body; is " + baseUrl + " the gateway admin API?");
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpConnectTimeoutException e) {
      throw new AdminApiUnreachable(
          "cannot reach " + baseUrl + ": no connection within " + TIMEOUT.toSeconds() + " s");
    } catch (HttpTimeoutException e) {
      throw new AdminApiUnreachable(
          "no answer from " + baseUrl + " within " + TIMEOUT.toSeconds() + " s");
    } catch (ConnectException e) {
      throw new AdminApiUnreachable("cannot reach " + baseUrl + ": connection refused");
    } catch (IOException e) {
      throw new AdminApiUnreachable("cannot reach " + baseUrl + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdminApiUnreachable("interrupted while waiting for " + baseUrl);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
