package dev.vizzor.market.security.rpc;

import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.security.Chain;
import java.net.URI;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The node URL per chain, parsed from {@value #VARIABLE} ({@code ethereum=https://…,base=…}). A
 * malformed entry fails the parse with a message naming the variable: a typo must not silently
 * leave a chain without its node.
 */
public final class RpcEndpoints {
  public static final String VARIABLE = "VIZZOR_EVM_RPC_URLS";

  /** A node: where requests go, and how it is named in answers (no path, query or user info). */
  public record Endpoint(URI url, String label) {}

  private final Map<Chain, Endpoint> byChain;

  private RpcEndpoints(Map<Chain, Endpoint> byChain) {
    this.byChain = Collections.unmodifiableMap(byChain);
  }

  public static RpcEndpoints parse(Optional<String> setting) {
    Map<Chain, Endpoint> byChain = new EnumMap<>(Chain.class);
    for (String entry : setting.orElse("").split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException(VARIABLE + ": '" + entry.strip() + "' is not chain=url");
      }
      Chain chain;
      try {
        chain = Chain.of(VARIABLE, entry.substring(0, equals));
      } catch (InvalidArgumentException unknown) {
        throw new IllegalArgumentException(unknown.getMessage(), unknown);
      }
      URI url = url(chain, entry.substring(equals + 1).strip());
      if (byChain.put(chain, new Endpoint(url, label(chain, url))) != null) {
        throw new IllegalArgumentException(VARIABLE + " names " + chain.wireName() + " twice");
      }
    }
    return new RpcEndpoints(byChain);
  }

  public Optional<Endpoint> of(Chain chain) {
    return Optional.ofNullable(byChain.get(chain));
  }

  public String chains() {
    return byChain.keySet().stream().map(Chain::wireName).collect(Collectors.joining(", "));
  }

  /** The messages leave the URL out: it may hold a key. */
  private static URI url(Chain chain, String text) {
    String problem = VARIABLE + ": the URL for " + chain.wireName() + " is not an http(s) URL";
    URI url;
    try {
      url = URI.create(text);
    } catch (IllegalArgumentException malformed) {
      throw new IllegalArgumentException(problem);
    }
    String scheme = url.getScheme();
    if (url.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
      throw new IllegalArgumentException(problem + " with a host");
    }
    return url;
  }

  /** Providers put keys in the path (Infura's /v3/<key>) or query, so only scheme and host show. */
  private static String label(Chain chain, URI url) {
    String port = url.getPort() < 0 ? "" : ":" + url.getPort();
    return chain.wireName() + " via " + url.getScheme() + "://" + url.getHost() + port;
  }
}
