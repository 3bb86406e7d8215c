package dev.vizzor.market.security.track;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.market.security.RpcStubs;
import dev.vizzor.market.security.rpc.RpcLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The recorded logs of a sample as {@link RpcLog}s, read here without the client's parser. */
final class RecordedLogs {
  private RecordedLogs() {}

  static List<RpcLog> of(String sample) {
    try {
      List<RpcLog> logs = new ArrayList<>();
      for (JsonNode log : new ObjectMapper().readTree(RpcStubs.sample(sample)).get("result")) {
        List<String> topics = new ArrayList<>();
        log.get("topics").forEach(topic -> topics.add(topic.asText()));
        logs.add(
            new RpcLog(
                log.get("address").asText(),
                topics,
                log.get("data").asText(),
                hex(log.get("blockNumber")),
                log.get("transactionHash").asText(),
                hex(log.get("logIndex")),
                log.has("blockTimestamp")
                    ? Instant.ofEpochSecond(hex(log.get("blockTimestamp")))
                    : null));
      }
      return logs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long hex(JsonNode quantity) {
    return Long.parseLong(quantity.asText().substring(2), 16);
  }
}
