package dev.vizzor.market.security.evm;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.market.client.UpstreamStubs;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The recorded {@code eth_getCode} results (api-samples/PROVENANCE.md) as the hex they hold. */
public final class CodeSamples {
  private CodeSamples() {}

  /** USDC's FiatTokenProxy on Ethereum, 2186 bytes of solc 0.4.24 code. */
  public static String usdcProxy() {
    return result("evm-rpc/eth_getCode.mainnet_usdc_proxy.capture.json");
  }

  /** CryptoKitties' KittyCore on Ethereum. */
  public static String cryptoKitties() {
    return result("evm-rpc/eth_getCode.mainnet_cryptokitties.capture.json");
  }

  private static String result(String sample) {
    try {
      return new ObjectMapper().readTree(UpstreamStubs.sample(sample)).get("result").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
