package dev.vizzor.market.client.goplus;

import dev.vizzor.market.client.RestClients;
import dev.vizzor.market.client.UpstreamRejectedException;
import dev.vizzor.market.client.UpstreamUnavailableException;
import dev.vizzor.market.config.GoPlusConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * GoPlus token security ({@code GET /api/v1/token_security/{chain_id}?contract_addresses=}). GoPlus
 * answers HTTP 200 even for its own errors, so its {@code code} is sorted here the way {@link
 * dev.vizzor.market.client.UpstreamErrors} sorts statuses: rate limit (4029) and system error
 * (5000) are retried and count against the circuit; any other error code is a refusal. Fault
 * tolerance: the service's policy for outbound calls.
 */
@ApplicationScoped
@Timeout
@Retry
@CircuitBreaker
public class GoPlusClient {
  public static final String SOURCE = "goplus";

  static final int COMPLETE = 1;
  static final int PARTIAL = 2;
  static final int RATE_LIMITED = 4029;
  static final int SYSTEM_ERROR = 5000;

  private final GoPlusApi api;

  GoPlusClient(GoPlusConfig config) {
    this.api = RestClients.builder(SOURCE, config.url()).build(GoPlusApi.class);
  }

  /** What GoPlus knows of the token at {@code address} on chain {@code chainId}. */
  public Uni<TokenSecurity> tokenSecurity(long chainId, String address) {
    String key = address.toLowerCase(Locale.ROOT);
    return api.tokenSecurity(chainId, key).map(response -> read(response, key));
  }

  private static TokenSecurity read(GoPlusResponse response, String address) {
    int code = response.code() == null ? -1 : response.code();
    if (code != COMPLETE && code != PARTIAL) {
      String body = "code " + code + ": " + response.message();
      throw code == RATE_LIMITED || code == SYSTEM_ERROR
          ? new UpstreamUnavailableException(SOURCE, 200, body)
          : new UpstreamRejectedException(SOURCE, 200, body);
    }
    Optional<GoPlusToken> token =
        Optional.ofNullable(response.result())
            .map(result -> result.get(address))
            .filter(fields -> fields.isObject() && !fields.isEmpty())
            .map(GoPlusToken::new);
    return new TokenSecurity(token, code == PARTIAL);
  }
}
