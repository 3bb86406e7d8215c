package dev.vizzor.market.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads and checks the binary-mode CloudEvent headers of a record, as a plain consumer would. */
final class CloudEventHeaders {
  private CloudEventHeaders() {}

  static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** The headers every market-service event carries, with its id equal to the payload's. */
  static void assertMarketEvent(ConsumerRecord<String, String> record, String type, String id) {
    assertEquals("1.0", header(record, "ce_specversion"));
    assertEquals(type, header(record, "ce_type"));
    assertEquals("/vizzor/market-service", header(record, "ce_source"));
    assertEquals(id, header(record, "ce_id"));
    assertEquals(record.key(), header(record, "ce_subject"));
    assertEquals("application/json", header(record, "content-type"));
  }
}
