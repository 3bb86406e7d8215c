package dev.vizzor.market.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.vizzor.market.client.UpstreamStubs;
import dev.vizzor.testsupport.LoopbackWireMock;
import java.util.Map;

/**
 * One WireMock server standing in for the Ethereum and Base nodes, at {@code /ethereum} and {@code
 * /base}; the other chains have no node. Fault tolerance shortened so failure tests run in seconds:
 * 1 s per attempt, 2 retries 20 ms apart, a chain's circuit opens after 4 calls of which half
 * failed and stays open 600 s (tests reset it); a wallet may take 2.5 s in all.
 */
public class RpcStubs extends LoopbackWireMock {
  @Override
  protected Map<String, String> settings(String base, WireMockServer server) {
    return Map.of(
        "vizzor.market.evm-rpc.urls",
        "ethereum=" + base + "/ethereum, base=" + base + "/base",
        "vizzor.market.evm-rpc.timeout",
        "1s",
        "vizzor.market.evm-rpc.retry-delay",
        "20ms",
        "vizzor.market.evm-rpc.circuit-request-volume",
        "4",
        "vizzor.market.evm-rpc.circuit-delay",
        "600s",
        "vizzor.market.evm-rpc.max-log-requests",
        "40",
        "vizzor.market.evm-rpc.max-response-bytes",
        "16384",
        "vizzor.market.track.deadline",
        "2500ms");
  }

  /** A request of {@code method} to the chain's node. */
  public static MappingBuilder rpc(String chain, String method) {
    return post(urlEqualTo("/" + chain))
        .withRequestBody(matchingJsonPath("$.method", equalTo(method)));
  }

  public static RequestPatternBuilder rpcRequested(String chain, String method) {
    return postRequestedFor(urlEqualTo("/" + chain))
        .withRequestBody(matchingJsonPath("$.method", equalTo(method)));
  }

  /** A recorded answer from {@code src/test/resources/api-samples/evm-rpc} (PROVENANCE.md). */
  public static ResponseDefinitionBuilder recorded(String file) {
    return json(file.endsWith(".io") ? ioResponse(file) : sample(file));
  }

  public static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /** The node's answer when a range holds no logs (built: no recorded empty list is at hand). */
  public static ResponseDefinitionBuilder noLogs() {
    return json("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[]}");
  }

  /** The latest block in the recorded {@code eth_blockNumber} format, at a height we choose. */
  public static ResponseDefinitionBuilder head(long block) {
    return json("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x" + Long.toHexString(block) + "\"}");
  }

  public static String sample(String file) {
    return UpstreamStubs.sample("evm-rpc/" + file);
  }

  /** The response line ({@code << …}) of an execution-apis round-trip file. */
  public static String ioResponse(String file) {
    return sample(file)
        .lines()
        .filter(line -> line.startsWith("<< "))
        .findFirst()
        .orElseThrow()
        .substring(3);
  }
}
