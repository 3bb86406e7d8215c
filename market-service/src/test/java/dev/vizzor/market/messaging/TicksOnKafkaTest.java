package dev.vizzor.market.messaging;

import static dev.vizzor.testsupport.CloudEventAssert.assertCloudEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.KnownAsset;
import dev.vizzor.market.replay.CsvCandles;
import dev.vizzor.testsupport.KafkaBroker;
import dev.vizzor.testsupport.ServiceTestProfile;
import dev.vizzor.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Reads vizzor.market.ticks from the real broker the way a downstream team would. */
@QuarkusTest
@TestProfile(ServiceTestProfile.class)
class TicksOnKafkaTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  KafkaBroker broker;
  @Inject ObjectMapper json;

  @Test
  void everyDefaultSymbolTicksWithAReplayedPriceInsideItsHoursCandle() throws Exception {
    try (TopicReader reader = new TopicReader(broker, "vizzor.market.ticks")) {
      for (KnownAsset known : KnownAsset.values()) {
        Asset asset = known.asset();
        CsvCandles bundled = CsvCandles.read(asset);
        for (ConsumerRecord<String, String> record :
            reader.await(r -> r.key().equals(asset.toString()), 1, WAIT)) {
          JsonNode tick = json.readTree(record.value());
          assertCloudEvent(record)
              .isFrom("market-service")
              .hasType("dev.vizzor.market.tick.v1")
              .hasId(tick.get("id").asText())
              .hasSubject(record.key());
          assertEquals(asset.base(), tick.get("symbol").asText());
          assertEquals(asset.pair(), tick.get("pair").asText());
          assertEquals("replay", tick.get("source").asText());

          Instant asOf = Instant.parse(tick.get("asOf").asText());
          BigDecimal price = tick.get("price").decimalValue();
          int hour = bundled.holding(asOf);
          if (hour >= 0) {
            CsvCandles.Row candle = bundled.rows().get(hour);
            assertTrue(
                candle.l().compareTo(price) <= 0 && price.compareTo(candle.h()) <= 0,
                asset + " at " + asOf + ": " + price + " outside " + candle);
          } else {
            // a missing hour holds the last close
            CsvCandles.Row before = bundled.rows().get(bundled.lastClosedBy(asOf));
            assertEquals(0, before.c().compareTo(price), asset + " at " + asOf);
          }
        }
      }
    }
  }

  @Test
  void aSymbolTicksAgainAsItsReplayedPriceMoves() throws Exception {
    try (TopicReader reader = new TopicReader(broker, "vizzor.market.ticks")) {
      Instant start = Instant.now();
      List<ConsumerRecord<String, String>> later =
          reader.await(
              r -> r.key().equals("BTC/USDT") && r.timestamp() >= start.toEpochMilli(), 2, WAIT);

      JsonNode first = json.readTree(later.get(0).value());
      JsonNode second = json.readTree(later.get(1).value());
      assertTrue(
          Instant.parse(second.get("asOf").asText())
              .isAfter(Instant.parse(first.get("asOf").asText())));
      assertTrue(!first.get("id").asText().equals(second.get("id").asText()));
    }
  }
}
