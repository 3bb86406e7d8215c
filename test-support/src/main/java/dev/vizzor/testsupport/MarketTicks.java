package dev.vizzor.testsupport;

import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes {@code vizzor.market.ticks} records as market-service writes them (its TickPayload's
 * fields, keyed by pair).
 */
public final class MarketTicks implements AutoCloseable {
  private final KafkaProducer<String, String> producer;

  public MarketTicks(KafkaBroker broker) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", broker.bootstrapServers());
    properties.put("key.serializer", StringSerializer.class.getName());
    properties.put("value.serializer", StringSerializer.class.getName());
    producer = new KafkaProducer<>(properties);
  }

  public void tick(UUID id, String symbol, String price, Instant asOf) {
    String value =
        "{\"id\":\""
            + id
            + "\",\"symbol\":\""
            + symbol
            + "\",\"pair\":\""
            + symbol
            + "USDT\",\"price\":"
            + price
            + ",\"change24hPercent\":1.2,\"high24h\":27500,\"low24h\":26500,"
            + "\"volume24h\":1000,\"asOf\":\""
            + asOf
            + "\",\"source\":\"replay\"}";
    try {
      producer.send(new ProducerRecord<>("vizzor.market.ticks", symbol + "USDT", value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("tick not published", e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
