package dev.vizzor.market.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The EVM JSON-RPC nodes the security endpoints read from ({@code docs/TRACK.md}). {@code urls}
 * comes from the operator variable {@code VIZZOR_EVM_RPC_URLS}: comma-separated {@code chain=url}
 * pairs, a chain named as {@code POST /track} accepts it (name or chain id). A chain without a URL
 * answers 503 {@code service_unavailable} saying so; nothing is guessed.
 */
@ConfigMapping(prefix = "vizzor.market.evm-rpc")
public interface EvmRpcConfig {

  /** {@code ethereum=https://…,base=https://…}; unset or empty: no wallet lookups. */
  Optional<String> urls();

  /** Longest one attempt (one HTTP POST) may take. */
  @WithDefault("5s")
  Duration timeout();

  /** Retries after a transport error, a timeout, HTTP 429 or 5xx; never after a JSON-RPC error. */
  @WithDefault("2")
  int maxRetries();

  @WithDefault("250ms")
  Duration retryDelay();

  /** A chain's circuit opens when half of its last this-many calls failed. */
  @WithDefault("10")
  int circuitRequestVolume();

  /** How long an open circuit stays open; also the {@code retryAfter} of its 503. */
  @WithDefault("30s")
  Duration circuitDelay();

  /**
   * Largest response body read; a larger {@code eth_getLogs} answer is split like a range limit.
   */
  @WithDefault("8388608")
  int maxResponseBytes();

  /** Most {@code eth_getLogs} calls one query may take when a node limits its block range. */
  @WithDefault("120")
  int maxLogRequests();
}
