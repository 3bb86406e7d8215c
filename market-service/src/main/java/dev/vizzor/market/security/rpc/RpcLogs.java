package dev.vizzor.market.security.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an {@code eth_getLogs} result. Nodes differ around the core fields: current ones add {@code
 * blockTimestamp} and {@code removed}; Parity-era ones {@code transactionLogIndex} and {@code
 * type}. Only the core fields are required; a log a reorg {@code removed} is left out.
 */
final class RpcLogs {
  private RpcLogs() {}

  static List<RpcLog> parse(JsonNode result) {
    if (!result.isArray()) {
      throw new IllegalArgumentException("eth_getLogs result is not an array");
    }
    List<RpcLog> logs = new ArrayList<>(result.size());
    for (JsonNode log : result) {
      if (log.path("removed").asBoolean(false)) {
        continue;
      }
      List<String> topics = new ArrayList<>();
      log.path("topics").forEach(topic -> topics.add(topic.asText().toLowerCase(Locale.ROOT)));
      JsonNode timestamp = log.get("blockTimestamp");
      logs.add(
          new RpcLog(
              required(log, "address").toLowerCase(Locale.ROOT),
              List.copyOf(topics),
              required(log, "data"),
              Hex.longQuantity(required(log, "blockNumber")),
              required(log, "transactionHash").toLowerCase(Locale.ROOT),
              Hex.longQuantity(required(log, "logIndex")),
              timestamp == null || timestamp.isNull()
                  ? null
                  : Instant.ofEpochSecond(Hex.longQuantity(timestamp.asText()))));
    }
    return logs;
  }

  private static String required(JsonNode log, String field) {
    JsonNode value = log.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("a log without " + field);
    }
    return value.asText();
  }
}
