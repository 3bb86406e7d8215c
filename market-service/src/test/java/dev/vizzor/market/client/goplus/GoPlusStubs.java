package dev.vizzor.market.client.goplus;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.vizzor.market.client.UpstreamStubs;
import dev.vizzor.testsupport.LoopbackWireMock;
import java.util.HashMap;
import java.util.Map;

/**
 * A WireMock server standing in for GoPlus, and the service pointed at it. Fault tolerance is
 * shortened as in {@link UpstreamStubs}: 1 s timeout, 20 ms (±10 ms) between the 2 retries,
 * circuits open after 4 attempts of which half failed, for the rest of the test class.
 */
public class GoPlusStubs extends LoopbackWireMock {
  /** The recorded answer for BSN and CAKE on BSC (api-samples/PROVENANCE.md). */
  public static final String SAMPLE = "goplus/token_security_56.bsn_cake.trimmed-capture.json";

  public static final String CAKE = "0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82";
  public static final String BSN = "0x6b4acce5878c2850b5d5acfdde009cc4c9e14444";

  /** What GoPlus answers for an address it has no data on: {@code result} is empty. */
  public static final String UNKNOWN = "{\"code\":1,\"message\":\"OK\",\"result\":{}}";

  @Override
  protected Map<String, String> settings(String base, WireMockServer server) {
    Map<String, String> settings = new HashMap<>(UpstreamStubs.SHORT_FAULT_TOLERANCE);
    settings.put("vizzor.goplus.url", base);
    return settings;
  }

  /** GoPlus's token-security call on {@code chainId}. */
  public static MappingBuilder tokenSecurity(long chainId) {
    return get(urlPathEqualTo("/api/v1/token_security/" + chainId));
  }

  /** The recorded answer with another envelope code and message. */
  public static String recordedAnswerWithCode(int code, String message) {
    return UpstreamStubs.sample(SAMPLE)
        .replace("\"code\": 1,", "\"code\": " + code + ",")
        .replace("\"message\": \"OK\"", "\"message\": \"" + message + "\"");
  }

  /** The recorded BSC answer. */
  public static MappingBuilder recordedBscAnswer() {
    return tokenSecurity(56).willReturn(okJson(UpstreamStubs.sample(SAMPLE)));
  }
}
