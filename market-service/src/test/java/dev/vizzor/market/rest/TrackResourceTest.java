package dev.vizzor.market.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static dev.vizzor.market.rest.Api.call;
import static dev.vizzor.market.security.RpcStubs.head;
import static dev.vizzor.market.security.RpcStubs.ioResponse;
import static dev.vizzor.market.security.RpcStubs.noLogs;
import static dev.vizzor.market.security.RpcStubs.recorded;
import static dev.vizzor.market.security.RpcStubs.rpc;
import static dev.vizzor.market.security.RpcStubs.rpcRequested;
import static dev.vizzor.market.security.RpcStubs.sample;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.vizzor.market.security.RpcStubsProfile;
import dev.vizzor.market.security.RpcTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /track} end to end against the stub nodes serving recorded answers. Every number
 * expected here is recounted from the sample files, never taken from the service's code.
 */
@QuarkusTest
@TestProfile(RpcStubsProfile.class)
class TrackResourceTest extends RpcTestBase {
  /** From the recorded log's block to the head: the log falls inside a 1000-block window. */
  private static final long BLOCKS_AFTER_LOG = 69;

  /** The receiver in the recorded one-transfer log. */
  private static final String RECEIVER = "0x5dbcf33d8c2e976c6b560249878e6f1491bca25c";

  /** The receiver of the two recorded mints. */
  private static final String MINTED_TO = "0xba215f7be6c620da3f8240b82741eaf3c5f5d786";

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aWalletFromTheRecordedAnswers() throws Exception {
    JsonNode log = stubOneIncomingTransfer(recorded("eth_getCode.mainnet_usdc_proxy.capture.json"));
    long logBlock = quantity(log.get("blockNumber")).longValueExact();
    long head = logBlock + BLOCKS_AFTER_LOG;
    String sender = sender(log);
    String token = log.get("address").asText();

    JsonPath answer = track(RECEIVER, 1000).statusCode(200).extract().jsonPath();

    BigInteger wei =
        quantity(
            json.readTree(sample("eth_getBalance.mainnet_block_0xb077db.capture.json"))
                .get("result"));
    assertEquals(new BigInteger("8275127966894157145"), wei); // the README's value
    assertEquals(wei.toString(), answer.getString("balance.wei"));
    assertEquals(
        new BigDecimal(wei).movePointLeft(18).toPlainString(), answer.getString("balance.ether"));
    assertEquals(
        quantity(
                json.readTree(sample("eth_getTransactionCount.mainnet_latest.capture.json"))
                    .get("result"))
            .longValue(),
        answer.getLong("transactionCount"));
    assertEquals(false, answer.getBoolean("contract"));
    assertEquals("ethereum", answer.getString("chain"));
    assertEquals(1, answer.getInt("chainId"));
    assertEquals(RECEIVER, answer.getString("address"));
    assertEquals("ethereum via http://127.0.0.1:" + node.port(), answer.getString("source"));
    assertEquals(head - 999, answer.getLong("window.fromBlock"));
    assertEquals(head, answer.getLong("window.toBlock"));
    assertEquals(1000, answer.getInt("window.blocks"));

    assertEquals(1, answer.getInt("transfers.in.count"));
    assertEquals(0, answer.getInt("transfers.out.count"));
    Map<String, Object> transfer = answer.getMap("transfers.in.items[0]");
    assertEquals(token, transfer.get("token"));
    assertEquals(sender, transfer.get("counterparty"));
    assertEquals(quantity(log.get("data")).toString(), transfer.get("amount"));
    assertEquals("transfer", transfer.get("kind"));
    assertEquals(logBlock, ((Number) transfer.get("block")).longValue());
    String time =
        Instant.ofEpochSecond(quantity(log.get("blockTimestamp")).longValueExact()).toString();
    assertEquals(time, transfer.get("time"));
    assertEquals(log.get("transactionHash").asText(), transfer.get("txHash"));
    assertEquals(logBlock, answer.getLong("activity.first.block"));
    assertEquals(time, answer.getString("activity.first.time"));
    assertEquals(logBlock, answer.getLong("activity.last.block"));
    assertTrue(answer.getString("activity.scope").contains("first-ever"));

    assertEquals(1, answer.getList("topCounterparties").size());
    assertEquals(sender, answer.getString("topCounterparties[0].address"));
    assertEquals(1, answer.getInt("topCounterparties[0].transfersIn"));
    assertEquals(0, answer.getInt("topCounterparties[0].transfersOut"));
    assertEquals(List.of(token), answer.getList("topCounterparties[0].tokens"));
    assertEquals(true, answer.getBoolean("topCounterparties[0].contract"));
    // the counterparty has code (the stub serves a contract's), the token emitted the log
    assertEquals(List.of(sender, token), answer.getList("contractInteractions.address"));
    assertEquals(List.of("counterparty", "token"), answer.getList("contractInteractions.role"));
    assertEquals(1, answer.getInt("contractLookups.checked"));
    assertEquals(0, answer.getInt("contractLookups.notChecked"));
    assertEquals(List.of(), answer.getList("flags")); // nonce 55, one ordinary transfer
  }

  @Test
  void aCounterpartyLookupTheNodeFailsIsLeftUncheckedNotTheWholeAnswer() throws Exception {
    String sender = sender(stubOneIncomingTransfer(aResponse().withStatus(502)));

    JsonPath answer = track(RECEIVER, 1000).statusCode(200).extract().jsonPath();

    assertEquals(sender, answer.getString("topCounterparties[0].address"));
    assertNull(answer.get("topCounterparties[0].contract"), "unknown, never false");
    assertEquals(0, answer.getInt("contractLookups.checked"));
    assertEquals(1, answer.getInt("contractLookups.notChecked"));
  }

  @Test
  void aWalletFirstMintedToInTheWindowWithNonceOneIsFresh() throws Exception {
    JsonNode mints = result("eth_getLogs.mainnet_erc20_mint_2logs.capture.json");
    long mintBlock = quantity(mints.get(0).get("blockNumber")).longValueExact();
    stubWallet(MINTED_TO, mintBlock + 100, "execution-apis/eth_getTransactionCount.get-nonce.io");
    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .atPriority(1)
            .withRequestBody(
                matchingJsonPath("$.params[0].topics[2]", WireMock.equalTo(topic(MINTED_TO))))
            .willReturn(recorded("eth_getLogs.mainnet_erc20_mint_2logs.capture.json")));

    JsonPath answer = track(MINTED_TO, null).statusCode(200).extract().jsonPath();

    long nonce =
        quantity(
                json.readTree(ioResponse("execution-apis/eth_getTransactionCount.get-nonce.io"))
                    .get("result"))
            .longValue();
    assertEquals(nonce, answer.getLong("transactionCount"));
    assertEquals(5000, answer.getInt("window.blocks")); // the documented default
    assertEquals(mints.size(), answer.getInt("transfers.in.count"));
    assertEquals(List.of("mint", "mint"), answer.getList("transfers.in.items.kind"));
    // newest first: the later log index first
    assertEquals(
        List.of(
            quantity(mints.get(1).get("data")).toString(),
            quantity(mints.get(0).get("data")).toString()),
        answer.getList("transfers.in.items.amount"));
    assertEquals("0x" + "0".repeat(40), answer.getString("topCounterparties[0].address"));
    assertNull(answer.get("topCounterparties[0].contract")); // the zero address is never looked up
    assertEquals(0, answer.getInt("contractLookups.checked"));
    assertEquals(List.of("fresh_wallet"), answer.getList("flags.flag"));
    assertTrue(
        answer.getString("flags[0].evidence").contains("block " + mintBlock),
        answer.getString("flags[0].evidence"));
    assertEquals(
        List.of(mints.get(0).get("transactionHash").asText()), answer.getList("flags[0].txHashes"));
  }

  @Test
  void anAnswerIsReusedBrieflyButAFailureIsNot() {
    node.stubFor(rpc("ethereum", "eth_blockNumber").willReturn(aResponse().withStatus(502)));

    track(RECEIVER, 10)
        .statusCode(503)
        .body("error.code", equalTo("service_unavailable"))
        .body("error.message", containsString("ethereum"))
        .body("error.retryAfter", greaterThan(0));
    node.verify(3, rpcRequested("ethereum", "eth_blockNumber")); // two retries
    // three failures in the circuit's window of four would open it at the next call
    circuitBreakers.resetAll();

    stubWallet(RECEIVER, 1_000_000, "eth_getTransactionCount.mainnet_latest.capture.json");
    track(RECEIVER, 10).statusCode(200);
    track(RECEIVER, 10).statusCode(200);
    node.verify(4, rpcRequested("ethereum", "eth_blockNumber"));
    track(RECEIVER, 11).statusCode(200); // another window is another answer
    node.verify(5, rpcRequested("ethereum", "eth_blockNumber"));
  }

  @Test
  void aNodeTooSlowForTheWholeRequestIs503AtTheDeadlineAndNotCached() {
    // each attempt gives up after 1 s and is tried three times: 3 s for the head alone, past the
    // 2.5 s a wallet may take here (RpcStubs)
    node.stubFor(
        rpc("ethereum", "eth_blockNumber")
            .willReturn(
                recorded("execution-apis/eth_blockNumber.simple-test.io").withFixedDelay(1_500)));

    track(RECEIVER, 10)
        .statusCode(503)
        .header("Retry-After", "30")
        .body("error.code", equalTo("service_unavailable"))
        .body(
            "error.message",
            equalTo(
                "the EVM JSON-RPC node for ethereum is unavailable (its answers took longer than"
                    + " the 2.5 s a wallet may take)"))
        .body("error.retryAfter", equalTo(30));
    circuitBreakers.resetAll();

    stubWallet(RECEIVER, 1_000_000, "eth_getTransactionCount.mainnet_latest.capture.json");
    track(RECEIVER, 10).statusCode(200);
  }

  @Test
  void aChainWithoutANodeIs503SayingWhatToSet() {
    call()
        .contentType(ContentType.JSON)
        .body("{\"chain\":\"polygon\",\"address\":\"" + RECEIVER + "\"}")
        .post("/track")
        .then()
        .statusCode(503)
        .header("Retry-After", Integer::parseInt, greaterThan(0))
        .body("error.code", equalTo("service_unavailable"))
        .body("error.message", containsString("no EVM JSON-RPC URL is configured for polygon"))
        .body("error.message", containsString("VIZZOR_EVM_RPC_URLS"))
        .body("error.retryAfter", greaterThan(0));
  }

  @Test
  void badRequestsNameTheField() {
    invalid(
        "{\"chain\":\"ethereum\",\"address\":\"" + RECEIVER + "\",\"depth\":3}",
        "unknown field depth");
    invalid(
        "{\"chain\":\"ethereum\",\"address\":\"0x123\"}",
        "address must be 0x followed by 40 hex digits");
    invalid("{\"chain\":\"ethereum\"}", "address is required");
    invalid(
        "{\"chain\":\"solana\",\"address\":\"" + RECEIVER + "\"}",
        "chain 'solana' is not supported");
    invalid("{\"address\":\"" + RECEIVER + "\"}", "chain is required");
    invalid(
        "{\"chain\":\"ethereum\",\"address\":\"" + RECEIVER + "\",\"windowBlocks\":50001}",
        "windowBlocks must be between 1 and 50000");
    invalid(
        "{\"chain\":\"ethereum\",\"address\":\"" + RECEIVER + "\",\"windowBlocks\":1.5}",
        "windowBlocks must be a whole number");
    invalid("{\"chain\":1,\"address\":\"" + RECEIVER + "\"}", "chain must be a string");
    invalid("[1]", "must be a JSON object");
    node.verify(0, anyRequestedFor(anyUrl()));
  }

  private void invalid(String body, String message) {
    call()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/track")
        .then()
        .statusCode(400)
        .body("error.code", equalTo("invalid_request"))
        .body("error.message", containsString(message));
  }

  private ValidatableResponse track(String address, Integer windowBlocks) {
    String window = windowBlocks == null ? "" : ",\"windowBlocks\":" + windowBlocks;
    return call()
        .contentType(ContentType.JSON)
        .body("{\"chain\":\"ethereum\",\"address\":\"" + address + "\"" + window + "}")
        .post("/track")
        .then();
  }

  /**
   * {@link #RECEIVER}, {@link #BLOCKS_AFTER_LOG} blocks after the recorded log that sends it one
   * transfer, with its sender's {@code eth_getCode} answered by {@code senderCode}; the log.
   */
  private JsonNode stubOneIncomingTransfer(ResponseDefinitionBuilder senderCode) throws Exception {
    JsonNode log = result("eth_getLogs.mainnet_erc20_transfer_1log.capture.json").get(0);
    long head = quantity(log.get("blockNumber")).longValueExact() + BLOCKS_AFTER_LOG;
    stubWallet(RECEIVER, head, "eth_getTransactionCount.mainnet_latest.capture.json");
    node.stubFor(
        rpc("ethereum", "eth_getLogs")
            .atPriority(1)
            .withRequestBody(
                matchingJsonPath("$.params[0].topics[2]", WireMock.equalTo(topic(RECEIVER))))
            .willReturn(recorded("eth_getLogs.mainnet_erc20_transfer_1log.capture.json")));
    node.stubFor(
        rpc("ethereum", "eth_getCode")
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.params[0]", WireMock.equalTo(sender(log))))
            .willReturn(senderCode));
    return log;
  }

  /** The log's sender: topic 1, an address left-padded to 32 bytes. */
  private static String sender(JsonNode log) {
    return "0x" + log.get("topics").get(1).asText().substring(26);
  }

  /** A plain account at {@code head}: recorded balance and nonce, no code, no transfers. */
  private void stubWallet(String wallet, long head, String nonceSample) {
    node.stubFor(rpc("ethereum", "eth_blockNumber").willReturn(head(head)));
    node.stubFor(
        rpc("ethereum", "eth_getBalance")
            .willReturn(recorded("eth_getBalance.mainnet_block_0xb077db.capture.json")));
    node.stubFor(rpc("ethereum", "eth_getTransactionCount").willReturn(recorded(nonceSample)));
    node.stubFor(
        rpc("ethereum", "eth_getCode")
            .atPriority(9)
            .willReturn(recorded("eth_getCode.optimism_eoa_empty.capture.json")));
    node.stubFor(rpc("ethereum", "eth_getLogs").atPriority(9).willReturn(noLogs()));
  }

  private JsonNode result(String sample) throws Exception {
    return json.readTree(sample(sample)).get("result");
  }

  private static BigInteger quantity(JsonNode hex) {
    return new BigInteger(hex.asText().substring(2), 16);
  }

  private static String topic(String address) {
    return "0x" + "0".repeat(24) + address.substring(2);
  }
}
