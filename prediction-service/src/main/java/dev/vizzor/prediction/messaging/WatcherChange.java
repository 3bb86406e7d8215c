package dev.vizzor.prediction.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.common.market.Symbols;
import dev.vizzor.prediction.domain.Watcher;
import dev.vizzor.strategy.InvalidStrategyException;
import dev.vizzor.strategy.Strategies;
import dev.vizzor.strategy.Strategy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The part of a {@code vizzor.watchers.changed} value (docs/asyncapi.yaml) the pipeline needs. A
 * watcher without a timeframe watches {@code 1h}; one without a strategy runs {@code momentum} with
 * its defaults (seed 002's first example).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WatcherChange(
    @JsonProperty("event_id") UUID eventId,
    @JsonProperty("id") Long watcherId,
    @JsonProperty("user_id") String userId,
    @JsonProperty("symbol") String symbol,
    @JsonProperty("timeframe") String timeframe,
    @JsonProperty("strategy") JsonNode strategy,
    @JsonProperty("active") Boolean active,
    @JsonProperty("deleted") Boolean deleted,
    @JsonProperty("changed_at") Instant changedAt) {

  static final String DEFAULT_TIMEFRAME = "1h";
  static final String DEFAULT_STRATEGY = "momentum";

  /** What makes the change unusable, or null when it is complete. */
  String missing() {
    if (eventId == null) {
      return "event_id";
    }
    if (watcherId == null) {
      return "id";
    }
    if (userId == null) {
      return "user_id";
    }
    if (symbol == null) {
      return "symbol";
    }
    if (active == null) {
      return "active";
    }
    if (deleted == null) {
      return "deleted";
    }
    return changedAt == null ? "changed_at" : null;
  }

  /**
   * The watcher this change leaves. A timeframe or strategy the pipeline cannot run is kept as the
   * watcher's problem (it then yields no signals) rather than refused: the change is still the
   * watcher's latest state.
   *
   * @throws IllegalArgumentException for a symbol that is not one of ours
   */
  Watcher watcher(UUID id) {
    String base = Symbols.normalize(symbol);
    String frame = timeframe == null ? DEFAULT_TIMEFRAME : timeframe;
    String type = DEFAULT_STRATEGY;
    Map<String, Object> params = Map.of();
    String key = type;
    String problem = null;
    if (Horizon.parse(frame).isEmpty()) {
      problem = "timeframe '" + frame + "' is not one of 1h, 4h, 1d";
    }
    try {
      Strategy strategy = builtStrategy();
      type = strategy.type();
      params = strategy.params();
      key = Strategies.key(strategy);
      Horizon horizon = Horizon.parse(frame).orElse(null);
      if (horizon != null && !strategy.runsOn(horizon.duration())) {
        problem = "timeframe: " + type + " runs on " + strategy.intervalRule() + ", not " + horizon;
      }
    } catch (InvalidStrategyException e) {
      problem = e.getMessage();
      if (strategy != null && strategy.path("type").isTextual()) {
        type = strategy.path("type").asText();
        key = type;
      }
    }
    return new Watcher(
        watcherId,
        userId,
        base,
        Horizon.parse(frame).map(Horizon::label).orElse(frame),
        type,
        params,
        key,
        active && !deleted,
        problem,
        changedAt,
        id);
  }

  private Strategy builtStrategy() {
    if (strategy == null || strategy.isNull()) {
      return Strategies.of(DEFAULT_STRATEGY, Map.of());
    }
    if (!strategy.isObject()) {
      throw new InvalidStrategyException("strategy", "must be an object {type, params}");
    }
    JsonNode params = strategy.path("params");
    if (!params.isMissingNode() && !params.isNull() && !params.isObject()) {
      throw new InvalidStrategyException("strategy.params", "must be an object");
    }
    Map<String, Object> given = new LinkedHashMap<>();
    params.properties().forEach(field -> given.put(field.getKey(), value(field.getValue())));
    return Strategies.of(strategy.path("type").asText(null), given);
  }

  /** A parameter as the strategy set reads it: numbers as numbers, anything else as given. */
  private static Object value(JsonNode node) {
    return node.isNumber()
        ? node.numberValue()
        : node.isTextual() ? node.asText() : node.toString();
  }
}
