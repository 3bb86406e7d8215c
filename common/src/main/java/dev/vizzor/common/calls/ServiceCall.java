package dev.vizzor.common.calls;

import dev.vizzor.common.identity.InternalIdentity;
import java.util.Objects;

/**
 * On whose behalf a call to another service is made, passed as a {@code @NotBody} parameter of a
 * REST client method; {@link ServiceCallHeaders} turns it into the {@code Authorization} and {@code
 * X-Request-Id} headers, so no service builds them itself. Made by {@link ServiceCalls}. Holding
 * one does not hold a token: each call gets a fresh one, so work that outlives any single token (a
 * chat stream, a long backtest) keeps calling for as long as it runs.
 */
public final class ServiceCall {
  private final InternalIdentity identity;
  private final String requestId;
  private final ServiceTokenSigner signer;

  ServiceCall(InternalIdentity identity, String requestId, ServiceTokenSigner signer) {
    this.identity = Objects.requireNonNull(identity);
    this.requestId = Objects.requireNonNull(requestId);
    this.signer = signer;
  }

  /** Who the called service will see: the account acted for, and this service as the caller. */
  public InternalIdentity identity() {
    return identity;
  }

  public String requestId() {
    return requestId;
  }

  /** A token valid for at least half its lifetime from now. */
  String token() {
    return signer.tokenFor(identity);
  }
}
