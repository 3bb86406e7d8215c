package dev.vizzor.prediction;

import dev.vizzor.testsupport.KafkaBroker;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes market-service's ticks (the fields prediction-service reads, as market writes them).
 */
final class Ticks implements AutoCloseable {
  private final KafkaProducer<String, String> producer;

  Ticks(KafkaBroker broker) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", broker.bootstrapServers());
    properties.put("key.serializer", StringSerializer.class.getName());
    properties.put("value.serializer", StringSerializer.class.getName());
    producer = new KafkaProducer<>(properties);
  }

  void tick(String symbol, Instant asOf) {
    String value =
        "{\"id\":\""
            + UUID.randomUUID()
            + "\",\"symbol\":\""
            + symbol
            + "\",\"pair\":\""
            + symbol
            + "USDT\",\"price\":27000.5,\"change24hPercent\":1.2,\"high24h\":27500,\"low24h\":26500,"
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
