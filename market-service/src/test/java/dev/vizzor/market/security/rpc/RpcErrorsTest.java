package dev.vizzor.market.security.rpc;

import static dev.vizzor.market.security.RpcStubs.ioResponse;
import static dev.vizzor.market.security.RpcStubs.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.market.security.Chain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recorded error objects sorted by meaning, and how a refused range is cut. */
class RpcErrorsTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void recordedErrorsAreSortedByWhatTheyMean() throws Exception {
    assertEquals(
        RpcErrorException.Kind.RANGE_LIMIT,
        kind(sample("eth_getLogs.error_block_range_limit.capture.json")));
    assertEquals(
        RpcErrorException.Kind.MISSING_STATE,
        kind(sample("eth_getBalance.error_missing_trie_node.capture.json")));
    // "block range" in geth's -32602 texts is a bad request, never a limit to split around
    assertEquals(
        RpcErrorException.Kind.INVALID_PARAMS,
        kind(ioResponse("execution-apis/eth_getLogs.filter-error-future-block-range.io")));
    assertEquals(
        RpcErrorException.Kind.INVALID_PARAMS,
        kind(ioResponse("execution-apis/eth_getLogs.filter-error-reversed-block-range.io")));
  }

  @Test
  void aRangeCapThatNamesItsSizeCutsIntoPartsOfThatSize() throws Exception {
    RpcErrorException cap = error(sample("eth_getLogs.error_block_range_limit.capture.json"));
    assertEquals(Optional.of(1000L), cap.blockLimit());

    List<LogFilter> parts = LogRanges.split(new LogFilter(0, 2499, List.of()), cap);

    assertEquals(List.of(0L, 1000L, 2000L), parts.stream().map(LogFilter::fromBlock).toList());
    assertEquals(List.of(999L, 1999L, 2499L), parts.stream().map(LogFilter::toBlock).toList());
  }

  @Test
  void aCapWithoutASizeHalvesTheRange() {
    RpcErrorException cap =
        RpcErrorException.of(
            Chain.ETHEREUM, "eth_getLogs", -32005, "query returned more than 10000 results");

    List<LogFilter> parts = LogRanges.split(new LogFilter(100, 104, List.of()), cap);

    assertEquals(List.of(100L, 103L), parts.stream().map(LogFilter::fromBlock).toList());
    assertEquals(List.of(102L, 104L), parts.stream().map(LogFilter::toBlock).toList());
  }

  @Test
  void hexQuantitiesAndData() {
    assertEquals(55L, Hex.longQuantity("0x37"));
    assertEquals(0, Hex.data("0x").length);
    assertEquals(
        "0x7780e86699e941254c8f4d9b7eb08ff7e96bbe10",
        Hex.addressOfTopic("0x0000000000000000000000007780e86699e941254c8f4d9b7eb08ff7e96bbe10"));
    assertThrows(IllegalArgumentException.class, () -> Hex.quantity("0x"));
    assertThrows(IllegalArgumentException.class, () -> Hex.quantity("37"));
  }

  @Test
  void theVariableTakesChainEqualsUrlPairsAndShowsNoSecret() {
    RpcEndpoints endpoints =
        RpcEndpoints.parse(
            Optional.of(
                "ethereum=https://mainnet.infura.io/v3/secretkey, 8453=http://node:8545/?key=k"));
    assertEquals(
        "ethereum via https://mainnet.infura.io",
        endpoints.of(Chain.ETHEREUM).orElseThrow().label());
    assertEquals("base via http://node:8545", endpoints.of(Chain.BASE).orElseThrow().label());
    assertEquals(Optional.empty(), endpoints.of(Chain.BSC));
    assertEquals("", RpcEndpoints.parse(Optional.empty()).chains());
    assertThrows(
        IllegalArgumentException.class, () -> RpcEndpoints.parse(Optional.of("mars=http://x")));
    assertThrows(
        IllegalArgumentException.class, () -> RpcEndpoints.parse(Optional.of("ethereum=ftp://x")));
    assertThrows(IllegalArgumentException.class, () -> RpcEndpoints.parse(Optional.of("ethereum")));
  }

  private RpcErrorException error(String body) throws Exception {
    JsonNode error = json.readTree(body).get("error");
    return RpcErrorException.of(
        Chain.ETHEREUM, "eth_getLogs", error.get("code").asLong(), error.get("message").asText());
  }

  private RpcErrorException.Kind kind(String body) throws Exception {
    return error(body).kind();
  }
}
