package dev.vizzor.market.security;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/**
 * Where {@code POST /scan} and {@code POST /audit} get a contract's deployed code when the caller
 * sends only its address: the chain's EVM JSON-RPC node ({@code eth_getCode}), when one is
 * configured (security.rpc.RpcCodeSource).
 */
public interface CodeSource {
  /**
   * The runtime code at {@code address}, empty when the account has none (not a contract). Fails
   * with {@link CodeUnavailableException} (or the client's own error) when the code cannot be read.
   */
  Uni<Optional<byte[]>> code(Chain chain, EvmAddress address);
}
