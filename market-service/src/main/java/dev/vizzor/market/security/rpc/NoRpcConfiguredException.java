package dev.vizzor.market.security.rpc;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.market.security.Chain;

/**
 * No node is configured for the chain: 503 {@code service_unavailable} that says which variable an
 * operator sets. The retry hint is long because only an operator can change this.
 */
public class NoRpcConfiguredException extends ApiException {
  static final long RETRY_AFTER_SECONDS = 300;

  public NoRpcConfiguredException(Chain chain, String configuredChains) {
    super(
        ApiError.retryable(
            Problem.SERVICE_UNAVAILABLE,
            "no EVM JSON-RPC URL is configured for "
                + chain.wireName()
                + ", so wallet data cannot be read: an operator sets "
                + RpcEndpoints.VARIABLE
                + ", e.g. "
                + RpcEndpoints.VARIABLE
                + "=\""
                + chain.wireName()
                + "=https://…\" (configured now: "
                + (configuredChains.isEmpty() ? "none" : configuredChains)
                + ")",
            RETRY_AFTER_SECONDS));
  }
}
