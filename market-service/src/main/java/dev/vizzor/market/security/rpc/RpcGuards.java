package dev.vizzor.market.security.rpc;

import dev.vizzor.market.config.EvmRpcConfig;
import dev.vizzor.market.security.Chain;
import io.smallrye.faulttolerance.api.Guard;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * One fault-tolerance guard per chain, so a dead Base node opens Base's circuit and leaves Ethereum
 * answering (the annotations of the other clients give one circuit per method, not per argument).
 * Only {@link RpcUnavailableException} and timeouts are retried and counted: a JSON-RPC error comes
 * from a healthy node. Circuits are named {@code evm-rpc-<chain>}.
 */
final class RpcGuards {
  private final Map<Chain, Guard> byChain = new EnumMap<>(Chain.class);

  RpcGuards(EvmRpcConfig config) {
    List<Class<? extends Throwable>> transient_ =
        List.of(RpcUnavailableException.class, TimeoutException.class);
    long retryDelay = config.retryDelay().toMillis();
    for (Chain chain : Chain.values()) {
      byChain.put(
          chain,
          Guard.create()
              .withDescription("evm-rpc " + chain.wireName())
              .withTimeout()
              .duration(config.timeout().toMillis(), ChronoUnit.MILLIS)
              .done()
              .withRetry()
              .maxRetries(config.maxRetries())
              .delay(retryDelay, ChronoUnit.MILLIS)
              .jitter(retryDelay / 2, ChronoUnit.MILLIS)
              .retryOn(transient_)
              .done()
              .withCircuitBreaker()
              .name("evm-rpc-" + chain.wireName())
              .requestVolumeThreshold(config.circuitRequestVolume())
              .failureRatio(0.5)
              .delay(config.circuitDelay().toMillis(), ChronoUnit.MILLIS)
              .successThreshold(2)
              .failOn(transient_)
              .done()
              .build());
    }
  }

  Guard of(Chain chain) {
    return byChain.get(chain);
  }
}
