package dev.vizzor.market.security.rpc;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.market.security.Chain;

/**
 * The node could not be reached, timed out, answered HTTP 429 or 5xx, or its circuit is open: 503
 * with when to retry. The only RPC failure that is retried and counted by the circuit breaker.
 */
public class RpcUnavailableException extends ApiException {
  /** After a failure with the circuit still closed. */
  static final long RETRY_AFTER_SECONDS = 5;

  public RpcUnavailableException(Chain chain, String what, long retryAfterSeconds) {
    super(
        ApiError.retryable(
            Problem.SERVICE_UNAVAILABLE,
            "the EVM JSON-RPC node for " + chain.wireName() + " is unavailable (" + what + ")",
            retryAfterSeconds));
  }

  public RpcUnavailableException(Chain chain, String what) {
    this(chain, what, RETRY_AFTER_SECONDS);
  }
}
