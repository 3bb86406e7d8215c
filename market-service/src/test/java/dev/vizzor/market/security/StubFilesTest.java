package dev.vizzor.market.security;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The offline stub node of docs/TRACK.md ({@code examples/stubs/evm-rpc}, run by {@code
 * scripts/stub.sh}) answers each method with the recorded sample, byte for byte.
 */
class StubFilesTest {
  private static final Path ROOT = Path.of("..", "examples", "stubs", "evm-rpc");

  private WireMockServer stub;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    stub =
        new WireMockServer(
            options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(ROOT.toString()));
    stub.start();
  }

  @AfterEach
  void stop() {
    stub.stop();
  }

  @Test
  void eachMethodIsAnsweredFromItsRecording() throws Exception {
    assertEquals(
        RpcStubs.sample("eth_getBalance.mainnet_block_0xb077db.capture.json"),
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getBalance\",\"params\":[\"0x5dbcf33d8c2e976c6b560249878e6f1491bca25c\",\"latest\"]}"));
    assertEquals(
        RpcStubs.sample("eth_getTransactionCount.mainnet_latest.capture.json"),
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getTransactionCount\",\"params\":[\"0x5dbcf33d8c2e976c6b560249878e6f1491bca25c\",\"latest\"]}"));
    assertEquals(
        RpcStubs.sample("eth_getCode.mainnet_usdc_proxy.capture.json"),
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getCode\",\"params\":[\"0x7780e86699e941254c8f4d9b7eb08ff7e96bbe10\",\"latest\"]}"));
    assertEquals(
        RpcStubs.sample("eth_getCode.optimism_eoa_empty.capture.json"),
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getCode\",\"params\":[\"0x5dbcf33d8c2e976c6b560249878e6f1491bca25c\",\"latest\"]}"));
    String intoWallet =
        "[\"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef\",null,"
            + "\"0x0000000000000000000000005dbcf33d8c2e976c6b560249878e6f1491bca25c\"]";
    assertEquals(
        RpcStubs.sample("eth_getLogs.mainnet_erc20_transfer_1log.capture.json"),
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getLogs\",\"params\":[{\"fromBlock\":\"0xa372f9\",\"toBlock\":\"0xa376e0\",\"topics\":"
                + intoWallet
                + "}]}"));
    assertEquals(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[]}",
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getLogs\",\"params\":[{\"fromBlock\":\"0x1\",\"toBlock\":\"0x2\",\"topics\":[\"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef\"]}]}"));
  }

  @Test
  void theChosenHeadPutsTheRecordedTransferInsideTheDefaultWindow() throws Exception {
    String head =
        post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]}");
    long block = Long.parseLong(head.replaceAll(".*\"result\":\"0x([0-9a-f]+)\".*", "$1"), 16);
    long recorded = 0xa3769bL; // the recorded transfer's block
    assertEquals(69, block - recorded);
  }

  private String post(String body) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/ethereum"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }
}
