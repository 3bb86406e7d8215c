package dev.vizzor.agent;

import dev.vizzor.testsupport.MarketStub;
import dev.vizzor.testsupport.ServiceTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The service on its offline default (the bundled Polymarket capture on the replay clock), with
 * market-service's candles served by {@link MarketStub} from the real bundled BTC file: market time
 * is its last close, 2023-12-30 20:00 UTC.
 */
public class PolymarketProfile extends ServiceTestProfile {
  private static final String TICKS_CONNECTOR = "mp.messaging.incoming.market-ticks.connector";

  /**
   * MarketStub also sets an offset reset for the {@code market-ticks} channel. A channel configured
   * without a connector stops the start, so while this service's own configuration does not consume
   * ticks the channel is completed here (a Kafka consumer nobody subscribes to); once
   * application.properties configures the channel, its settings stand.
   */
  @Override
  public Map<String, String> getConfigOverrides() {
    if (serviceConfigures(TICKS_CONNECTOR)) {
      return Map.of();
    }
    return Map.of(
        TICKS_CONNECTOR,
        "smallrye-kafka",
        "mp.messaging.incoming.market-ticks.topic",
        "vizzor.market.ticks",
        "mp.messaging.incoming.market-ticks.value.deserializer",
        "org.apache.kafka.common.serialization.StringDeserializer");
  }

  private static boolean serviceConfigures(String key) {
    Properties properties = new Properties();
    try (InputStream in =
        PolymarketProfile.class.getClassLoader().getResourceAsStream("application.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.containsKey(key);
  }

  @Override
  protected List<TestResourceEntry> moreTestResources() {
    return List.of(
        new TestResourceEntry(MarketStub.class, Map.of("url-property", "vizzor.agent.market-url")));
  }
}
