package dev.vizzor.market.rest;

import static dev.vizzor.market.rest.Api.call;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.vizzor.testsupport.Ports;
import dev.vizzor.testsupport.RedisTestResource;
import dev.vizzor.testsupport.ServiceTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no Redis answering, prices still come, from the source, and say they are not cached. */
@QuarkusTest
@TestProfile(RedisDownTest.NoRedis.class)
class RedisDownTest {
  /** The usual servers and keys, but nothing listens where Redis should be. */
  public static class NoRedis extends ServiceTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return super.testResources().stream()
          .filter(resource -> resource.getClazz() != RedisTestResource.class)
          .toList();
    }

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
