package dev.vizzor.market.security.rpc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static dev.vizzor.market.security.RpcStubs.noLogs;
import static dev.vizzor.market.security.RpcStubs.recorded;
import static dev.vizzor.market.security.RpcStubs.rpc;
import static dev.vizzor.market.security.RpcStubs.rpcRequested;
import static dev.vizzor.market.security.RpcStubs.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.EvmAddress;
import dev.vizzor.market.security.RpcStubsProfile;
import dev.vizzor.market.security.RpcTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON-RPC client against a stub node serving the recorded answers (PROVENANCE.md). Expected
 * values are the README's or recounted here from the sample text.
 */
@QuarkusTest
@TestProfile(RpcStubsProfile.class)
class EvmRpcClientTest extends RpcTestBase {
  private static final EvmAddress VITALIK =
      new EvmAddress("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
  private static final String TRANSFER =
      "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

  @Inject EvmRpc rpc;
  @Inject ObjectMapper json;

  @Test
  void balanceAndNonceAreHexQuantities() {
    node.stubFor(
        rpc("ethereum", "eth_getBalance")
            .willReturn(recorded("eth_getBalance.mainnet_block_0xb077db.capture.json")));
    node.stubFor(
        rpc("ethereum", "eth_getTransactionCount")
            .willReturn(recorded("eth_getTransactionCount.mainnet_latest.capture.json")));

    // the README's decimal values of 0x72d7290ad9a06d59 and 0x37
    assertEquals(
        new BigInteger("8275127966894157145"),
        rpc.balance(Chain.ETHEREUM, VITALIK).await().indefinitely());
    assertEquals(55L, rpc.transactionCount(Chain.ETHEREUM, VITALIK).await().indefinitely());
    node.verify(
        rpcRequested("ethereum", "eth_getBalance")
            .withRequestBody(matchingJsonPath("$.params[0]", equalTo(VITALIK.hex())))
            .withRequestBody(matchingJsonPath("$.params[1]", equalTo("latest")))
            .withRequestBody(matchingJsonPath("$.jsonrpc", equalTo("2.0"))));
  }

  @Test
  void codeIsReadWhateverTheLayoutAndEmptyForAnAccountWithout() {
    String proxy = sample("eth_getCode.mainnet_usdc_proxy.capture.json");
    Matcher hex = Pattern.compile("\"result\":\\s*\"0x([0-9a-f]*)\"").matcher(proxy);
    assertTrue(hex.find());
    node.stubFor(
        rpc("ethereum", "eth_getCode")
            .willReturn(recorded("eth_getCode.mainnet_usdc_proxy.capture.json")));
    node.stubFor(
        rpc("base", "eth_getCode")
            .willReturn(recorded("eth_getCode.optimism_eoa_empty.capture.json")));

    byte[] code = rpc.code(Chain.ETHEREUM, VITALIK).await().indefinitely().orElseThrow();
    assertArrayEquals(HexFormat.of().parseHex(hex.group(1)), code);
    assertTrue(rpc.code(Chain.BASE, VITALIK).await().indefinitely().isEmpty());
  }

  @Test
  void aJsonRpcErrorInsideHttp200IsTypedAndNotRetried() {
    node.stubFor(
        rpc("base", "eth_getBalance")
            .willReturn(recorded("eth_getBalance.error_missing_trie_node.capture.json")));

    RpcErrorException error =
        assertThrows(
            RpcErrorException.class, () -> rpc.balance(Chain.BASE, VITALIK).await().indefinitely());
    assertEquals(RpcErrorException.Kind.MISSING_STATE, error.kind());
    assertTrue(error.error().message().contains("archive node"), error.error().message());
    assertTrue(error.error().retryAfterSeconds() > 0);
    node.verify(1, rpcRequested("base", "eth_getBalance"));
  }

  @Test
  void invalidParamsAreNotRetried() {
    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .willReturn(recorded("execution-apis/eth_getLogs.filter-error-future-block-range.io")));

    RpcErrorException error =
        assertThrows(
            RpcErrorException.class,
            () -> rpc.logs(Chain.ETHEREUM, filter(100, 200, VITALIK)).await().indefinitely());
    assertEquals(RpcErrorException.Kind.INVALID_PARAMS, error.kind());
    node.verify(1, rpcRequested("ethereum", "eth_getLogs"));
  }

  @Test
  void aRangeLimitSplitsTheWindowIntoTheNamedSize() throws Exception {
    long from = 10_710_000;
    long to = 10_712_799; // 2800 blocks; the recorded log sits at 10712731 (0xa3769b)
    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .atPriority(5)
            .willReturn(recorded("eth_getLogs.error_block_range_limit.capture.json")));
    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.params[0].fromBlock", equalTo(hex(10_710_000))))
            .withRequestBody(matchingJsonPath("$.params[0].toBlock", equalTo(hex(10_710_999))))
            .willReturn(noLogs()));
    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.params[0].fromBlock", equalTo(hex(10_711_000))))
            .withRequestBody(matchingJsonPath("$.params[0].toBlock", equalTo(hex(10_711_999))))
            .willReturn(noLogs()));
    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.params[0].fromBlock", equalTo(hex(10_712_000))))
            .withRequestBody(matchingJsonPath("$.params[0].toBlock", equalTo(hex(to))))
            .willReturn(recorded("eth_getLogs.mainnet_erc20_transfer_1log.capture.json")));

    List<RpcLog> logs = rpc.logs(Chain.ETHEREUM, filter(from, to, VITALIK)).await().indefinitely();

    JsonNode recordedLog =
        json.readTree(sample("eth_getLogs.mainnet_erc20_transfer_1log.capture.json"))
            .get("result")
            .get(0);
    assertEquals(1, logs.size());
    RpcLog log = logs.get(0);
    assertEquals(
        Long.parseLong(recordedLog.get("blockNumber").asText().substring(2), 16),
        log.blockNumber());
    assertEquals(10_712_731L, log.blockNumber());
    assertEquals(recordedLog.get("transactionHash").asText(), log.transactionHash());
    assertEquals(
        Instant.ofEpochSecond(
            Long.parseLong(recordedLog.get("blockTimestamp").asText().substring(2), 16)),
        log.time());
    // the whole range once, then 1000-block parts that tile it exactly
    List<long[]> ranges =
        node.findAll(rpcRequested("ethereum", "eth_getLogs")).stream()
            .map(this::range)
            .sorted(Comparator.<long[]>comparingLong(r -> r[1] - r[0]).reversed())
            .toList();
    assertEquals(4, ranges.size());
    assertArrayEquals(new long[] {from, to}, ranges.get(0));
    List<long[]> parts =
        ranges.subList(1, 4).stream().sorted(Comparator.comparingLong(r -> r[0])).toList();
    long next = from;
    for (long[] part : parts) {
      assertEquals(next, part[0]);
      assertTrue(part[1] - part[0] + 1 <= 1000, Arrays.toString(part));
      next = part[1] + 1;
    }
    assertEquals(to + 1, next);
  }

  @Test
  void transferFiltersNameTheWalletAsATopicAndLeaveTrailingWildcardsOut() throws Exception {
    node.stubFor(rpc("ethereum", "eth_getLogs").willReturn(noLogs()));

    rpc.logs(Chain.ETHEREUM, filter(5, 9, VITALIK)).await().indefinitely();

    JsonNode params =
        json.readTree(
                node.findAll(rpcRequested("ethereum", "eth_getLogs")).get(0).getBodyAsString())
            .get("params")
            .get(0);
    assertEquals("0x5", params.get("fromBlock").asText());
    assertEquals("0x9", params.get("toBlock").asText());
    assertEquals(2, params.get("topics").size());
    assertEquals(TRANSFER, params.get("topics").get(0).asText());
    assertEquals(
        "0x000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa96045",
        params.get("topics").get(1).asText());
  }

  @Test
  void anAnswerOverTheBoundIsRefusedAndForLogsTheRangeIsHalved() {
    // the recorded CryptoKitties code (24927 bytes) is over the tests' 16 KiB bound
    node.stubFor(
        rpc("ethereum", "eth_getCode")
            .willReturn(recorded("eth_getCode.mainnet_cryptokitties.capture.json")));
    RpcErrorException tooLarge =
        assertThrows(
            RpcErrorException.class,
            () -> rpc.code(Chain.ETHEREUM, VITALIK).await().indefinitely());
    assertEquals(RpcErrorException.Kind.TOO_LARGE, tooLarge.kind());

    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .atPriority(5)
            .willReturn(recorded("eth_getCode.mainnet_cryptokitties.capture.json")));
    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.params[0].toBlock", equalTo(hex(104))))
            .willReturn(noLogs()));
    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.params[0].fromBlock", equalTo(hex(105))))
            .willReturn(noLogs()));

    assertEquals(
        List.of(), rpc.logs(Chain.ETHEREUM, filter(100, 109, VITALIK)).await().indefinitely());
    node.verify(3, rpcRequested("ethereum", "eth_getLogs"));
  }

  @Test
  void parityEraLogsWithoutTimestampsAreRead() {
    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .willReturn(recorded("eth_getFilterLogs.mainnet_erc20_transfer_parity.capture.json")));

    List<RpcLog> logs =
        rpc.logs(Chain.ETHEREUM, filter(483_920, 483_920, VITALIK)).await().indefinitely();

    assertEquals(2, logs.size());
    assertEquals(483_920L, logs.get(0).blockNumber());
    assertEquals(0L, logs.get(0).logIndex());
    assertEquals(1L, logs.get(1).logIndex());
    assertNull(logs.get(0).time());
    assertNull(logs.get(1).time());
  }

  @Test
  void aFailingNodeIsRetriedThenItsChainAloneStopsBeingCalled() {
    node.stubFor(rpc("ethereum", "eth_blockNumber").willReturn(aResponse().withStatus(503)));
    node.stubFor(
        rpc("base", "eth_blockNumber")
            .willReturn(recorded("execution-apis/eth_blockNumber.simple-test.io")));

    RpcUnavailableException down =
        assertThrows(
            RpcUnavailableException.class,
            () -> rpc.blockNumber(Chain.ETHEREUM).await().indefinitely());
    assertTrue(down.error().message().contains("HTTP 503"), down.error().message());
    node.verify(3, rpcRequested("ethereum", "eth_blockNumber"));

    // execution-apis: 0x14 = 20
    // the fourth failure fills the window of 4: Ethereum's circuit opens, Base's stays closed
    RpcUnavailableException open =
        assertThrows(
            RpcUnavailableException.class,
            () -> rpc.blockNumber(Chain.ETHEREUM).await().indefinitely());
    assertEquals(600L, open.error().retryAfterSeconds());
    node.verify(4, rpcRequested("ethereum", "eth_blockNumber"));
    assertEquals(20L, rpc.blockNumber(Chain.BASE).await().indefinitely());
  }

  @Test
  void aNodeThatNeverAnswersGivesItsConnectionsBackToTheOthers() {
    // Base's node (same host and port as Ethereum's, so the same pool of 8 connections) accepts
    // and then answers only after 20 s, long after each 1 s attempt gave up
    node.stubFor(
        rpc("base", "eth_blockNumber")
            .willReturn(
                recorded("execution-apis/eth_blockNumber.simple-test.io").withFixedDelay(20_000)));
    node.stubFor(
        rpc("ethereum", "eth_blockNumber")
            .willReturn(recorded("execution-apis/eth_blockNumber.simple-test.io")));
    for (int round = 0; round < 3; round++) {
      assertThrows(
          RpcUnavailableException.class, () -> rpc.blockNumber(Chain.BASE).await().indefinitely());
      // three more attempts next round rather than a fast refusal by Base's open circuit
      circuitBreakers.resetAll();
    }
    node.verify(9, rpcRequested("base", "eth_blockNumber"));

    // execution-apis: 0x14 = 20; nine hung requests held connections had they not been given back
    assertEquals(20L, rpc.blockNumber(Chain.ETHEREUM).await().indefinitely());
  }

  @Test
  void aChainWithoutANodeSaysWhichVariableToSet() {
    NoRpcConfiguredException missing =
        assertThrows(
            NoRpcConfiguredException.class,
            () -> rpc.code(Chain.POLYGON, VITALIK).await().indefinitely());
    String message = missing.error().message();
    assertTrue(message.contains("polygon") && message.contains("VIZZOR_EVM_RPC_URLS"), message);
    assertTrue(message.contains("ethereum, base"), message);
    assertTrue(missing.error().retryAfterSeconds() > 0);
    assertTrue(rpc.configured(Chain.BASE));
    assertTrue(!rpc.configured(Chain.POLYGON));
    assertEquals("ethereum via http://127.0.0.1:" + node.port(), rpc.source(Chain.ETHEREUM));
  }

  private static LogFilter filter(long from, long to, EvmAddress sender) {
    return new LogFilter(from, to, Arrays.asList(TRANSFER, Hex.topic(sender.hex()), null));
  }

  private static String hex(long block) {
    return "0x" + Long.toHexString(block);
  }

  private long[] range(LoggedRequest request) {
    try {
      JsonNode params = json.readTree(request.getBodyAsString()).get("params").get(0);
      return new long[] {
        Long.parseLong(params.get("fromBlock").asText().substring(2), 16),
        Long.parseLong(params.get("toBlock").asText().substring(2), 16)
      };
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
