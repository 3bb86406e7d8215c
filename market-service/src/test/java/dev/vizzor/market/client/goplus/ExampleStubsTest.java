package dev.vizzor.market.client.goplus;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The offline GoPlus stub operators run (examples/stubs/goplus, docs/SCAN.md) serves what the
 * client reads: the recorded BSC answer, and "no data" on every other chain.
 */
@QuarkusTest
@TestProfile(GoPlusStubProfile.class)
class ExampleStubsTest {
  private WireMockServer example;
  private GoPlusClient client;

  @BeforeEach
  void startTheExampleStub() {
    example =
        new WireMockServer(
            options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .usingFilesUnderDirectory("../examples/stubs/goplus"));
    example.start();
    client = new GoPlusClient(() -> "http://127.0.0.1:" + example.port());
  }

  @AfterEach
  void stopIt() {
    example.stop();
  }

  @Test
  void bscAnswersFromTheRecordingAndOtherChainsKnowNothing() {
    TokenSecurity cake = client.tokenSecurity(56, GoPlusStubs.CAKE).await().indefinitely();
    assertEquals(Optional.of("Cake"), cake.token().orElseThrow().text("token_symbol"));

    assertTrue(
        client
            .tokenSecurity(56, "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")
            .await()
            .indefinitely()
            .token()
            .isEmpty());
    assertTrue(client.tokenSecurity(1, GoPlusStubs.CAKE).await().indefinitely().token().isEmpty());
  }
}
