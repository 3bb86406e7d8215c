package dev.vizzor.testsupport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Checks a Kafka record is a binary-mode CloudEvent as DESIGN.md ("Events") says every Vizzor event
 * is, read as a plain consumer would: {@code ce_specversion} 1.0, a UUID {@code ce_id}, a {@code
 * ce_time}, JSON content, and then whatever a test names.
 */
public final class CloudEventAssert {
  private final ConsumerRecord<String, String> record;

  private CloudEventAssert(ConsumerRecord<String, String> record) {
    this.record = record;
  }

  public static CloudEventAssert assertCloudEvent(ConsumerRecord<String, String> record) {
    CloudEventAssert event = new CloudEventAssert(record);
    assertEquals("1.0", event.header("ce_specversion"), "ce_specversion");
    assertNotNull(event.header("ce_id"), "ce_id");
    assertDoesNotThrow(() -> UUID.fromString(event.header("ce_id")), "ce_id is a UUID");
    assertNotNull(event.header("ce_time"), "ce_time");
    assertDoesNotThrow(() -> OffsetDateTime.parse(event.header("ce_time")), "ce_time is RFC 3339");
    assertEquals("application/json", event.header("content-type"), "content-type");
    return event;
  }

  /** The value of a header as text, or null when the record has none. */
  public static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  public String header(String name) {
    return header(record, name);
  }

  public CloudEventAssert hasType(String type) {
    assertEquals(type, header("ce_type"), "ce_type");
    return this;
  }

  /** {@code source} is {@code /vizzor/<service>}. */
  public CloudEventAssert isFrom(String service) {
    assertEquals("/vizzor/" + service, header("ce_source"), "ce_source");
    return this;
  }

  public CloudEventAssert hasId(Object id) {
    assertEquals(id.toString(), header("ce_id"), "ce_id");
    return this;
  }

  public CloudEventAssert hasSubject(String subject) {
    assertEquals(subject, header("ce_subject"), "ce_subject");
    return this;
  }

  public CloudEventAssert hasKey(String key) {
    assertEquals(key, record.key(), "record key");
    return this;
  }

  public CloudEventAssert hasRequestId(String requestId) {
    assertEquals(requestId, header("X-Request-Id"), "X-Request-Id");
    return this;
  }
}
