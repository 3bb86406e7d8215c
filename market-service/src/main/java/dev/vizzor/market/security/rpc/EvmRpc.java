package dev.vizzor.market.security.rpc;

import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.EvmAddress;
import io.smallrye.mutiny.Uni;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * What the security endpoints read from a chain's EVM JSON-RPC node, at the latest block. Every
 * call on a chain without a configured node fails with {@link NoRpcConfiguredException} (503 naming
 * the variable to set); check {@link #configured} first to answer without one instead.
 */
public interface EvmRpc {

  boolean configured(Chain chain);

  /**
   * Which node answers for the chain, e.g. {@code ethereum via https://eth.example}: no secrets.
   */
  String source(Chain chain);

  Uni<Long> blockNumber(Chain chain);

  /** In wei. */
  Uni<BigInteger> balance(Chain chain, EvmAddress account);

  /** The nonce: transactions the account has sent (contract creations for a contract). */
  Uni<Long> transactionCount(Chain chain, EvmAddress account);

  /** The deployed code, or empty for an account without code (the node's {@code "0x"}). */
  Uni<Optional<byte[]>> code(Chain chain, EvmAddress account);

  /**
   * The logs matching {@code filter}, oldest first. When the node refuses the range as too large
   * (or answers more than the response bound), the range is split and fetched in parts.
   */
  Uni<List<RpcLog>> logs(Chain chain, LogFilter filter);
}
