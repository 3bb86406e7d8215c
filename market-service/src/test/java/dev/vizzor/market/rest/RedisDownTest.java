package dev.vizzor.market.rest;

import static dev.vizzor.market.rest.Api.call;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.vizzor.testsupport.InternalTokenTestResource;
import dev.vizzor.testsupport.KafkaTestResource;
import dev.vizzor.testsupport.Ports;
import dev.vizzor.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no Redis answering, prices still come, from the source, and say they are not cached. */
@QuarkusTest
@TestProfile(RedisDownTest.NoRedis.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(InternalTokenTestResource.class)
class RedisDownTest {
  public static class NoRedis implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + Ports.free());
    }
  }

  @Test
  void pricesComeFromTheSourceWhileRedisIsDown() {
    for (int i = 0; i < 2; i++) {
      call()
          .get("/v1/market/price/BTC")
          .then()
          .statusCode(200)
          .body("source", equalTo("replay"))
          .body("cached", equalTo(false));
      call()
          .queryParam("symbols", "BTC,ETH")
          .get("/v1/market/prices")
          .then()
          .statusCode(200)
          .body("prices", hasSize(2))
          .body("failed", hasSize(0));
    }
  }
}
