package dev.vizzor.market.security.scan;

import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.EvmAddress;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

/**
 * Where {@code POST /scan} gets a contract's deployed code when the caller sends only its address
 * (an EVM JSON-RPC {@code eth_getCode}). The default, {@link NoCodeSource}, has none; a bean
 * implementing this interface replaces it.
 */
public interface CodeSource {
  /**
   * The runtime code at {@code address}, empty when the account has none (not a contract). Fails
   * with {@link CodeUnavailableException} (or the client's own error) when the code cannot be read.
   */
  Uni<Optional<byte[]>> code(Chain chain, EvmAddress address);
}
