package dev.vizzor.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ErrorBodies;
import dev.vizzor.gateway.limit.RateLimitHeaders;
import dev.vizzor.gateway.route.Route;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Adds to one routed operation what the gateway answers besides the service: its refusals in the
 * route's family envelope (an example body per code, rendered by {@link ErrorBodies}), their
 * headers, and the rate-limit headers on every answer counted against a limit (DESIGN.md: "Every
 * limited response carries …; a 429 adds Retry-After").
 */
final class EdgeResponses {
  private record Header(String type, String description) {}

  private static final Map<String, Header> HEADERS =
      Map.of(
          RateLimitHeaders.LIMIT,
          new Header("integer", "Requests allowed by the tightest limit counted."),
          RateLimitHeaders.REMAINING,
          new Header("integer", "Requests left under that limit."),
          RateLimitHeaders.RESET,
          new Header("integer", "When that limit resets, in Unix seconds."),
          RateLimitHeaders.POLICY,
          new Header("string", "Every limit counted (IETF draft): quota q, window w seconds."),
          RateLimitHeaders.STATE,
          new Header("string", "What is left of each limit (IETF draft): r left, t seconds."),
          "Retry-After",
          new Header("integer", "Seconds to wait before trying again."),
          "WWW-Authenticate",
          new Header("string", "The scheme to authenticate with."));

  private final ObjectMapper json;

  EdgeResponses(ObjectMapper json) {
    this.json = json;
  }

  void addTo(ObjectNode operation, Route route) {
    ObjectNode responses = operation.withObject("/responses");
    Map<Integer, List<EdgeRefusal>> byStatus =
        EdgeRefusal.on(route).stream().collect(Collectors.groupingBy(EdgeRefusal::status));
    byStatus.forEach(
        (status, refusals) -> {
          String code = Integer.toString(status);
          ObjectNode response =
              responses.has(code) ? (ObjectNode) responses.get(code) : responses.putObject(code);
          describe(response, refusals);
          ObjectNode body = response.withObject("/content").withObject("/application~1json");
          if (!body.has("schema")) {
            body.putObject("schema").put("$ref", FamilyErrorSchema.ref(route.family()));
          }
          ObjectNode examples = body.withObject("/examples");
          for (EdgeRefusal refusal : refusals) {
            ApiError error = refusal.example();
            examples
                .putObject(route.family().code(error.problem()))
                .put("summary", route.family().code(error.problem()))
                .set("value", json.valueToTree(ErrorBodies.body(route.family(), error)));
            ErrorBodies.headers(error).keySet().forEach(name -> header(response, name));
          }
        });
    responses
        .properties()
        .forEach(
            response -> {
              List<EdgeRefusal> refusals =
                  byStatus.getOrDefault(status(response.getKey()), List.of());
              if (refusals.stream().allMatch(EdgeRefusal::counted)) {
                RateLimitHeaders.ALL.forEach(
                    name -> header((ObjectNode) response.getValue(), name));
              }
            });
    operation.set("responses", sorted(responses));
  }

  private static void describe(ObjectNode response, List<EdgeRefusal> refusals) {
    String gateway = refusals.stream().map(EdgeRefusal::when).collect(Collectors.joining(" "));
    String own = response.path("description").asText("");
    response.put("description", own.isBlank() ? gateway : own + "\n\nAt the gateway: " + gateway);
  }

  private static void header(ObjectNode response, String name) {
    ObjectNode headers = response.withObject("/headers");
    if (headers.has(name)) {
      return;
    }
    Header documented = HEADERS.getOrDefault(name, new Header("string", ""));
    ObjectNode header = headers.putObject(name).put("description", documented.description());
    header.putObject("schema").put("type", documented.type());
  }

  private static int status(String code) {
    return code.chars().allMatch(Character::isDigit) ? Integer.parseInt(code) : 0;
  }

  /** Responses by status, so the service's and the gateway's read as one list. */
  private static ObjectNode sorted(ObjectNode responses) {
    Map<String, JsonNode> byCode =
        new TreeMap<>(Comparator.comparing((String code) -> code.length()).thenComparing(c -> c));
    responses.properties().forEach(entry -> byCode.put(entry.getKey(), entry.getValue()));
    ObjectNode sorted = responses.objectNode();
    byCode.forEach(sorted::set);
    return sorted;
  }
}
