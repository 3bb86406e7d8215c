package dev.vizzor.common.calls;

import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.common.identity.Tier;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the {@link ServiceCall}s of this service (docs/INTERNAL-TOKEN.md, "Calls between
 * services"): on behalf of the user whose request it serves, for as long as that work lasts; on
 * behalf of an owner it stored (an agent trading for its owner); or on its own account (a pipeline
 * fetching candles). The called service sees {@code cred=service} and this service's name.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.smallrye-jwt.enabled", stringValue = "true")
public class ServiceCalls {
  /** What a service's own account may use: the largest tier's tokens per request. */
  static final int OWN_MAX_TOKENS = 8192;

  private final String service;
  private final ServiceTokenSigner signer;

  ServiceCalls(
      @ConfigProperty(name = "quarkus.application.name") String service,
      ServiceTokenSigner signer) {
    this.service = service;
    this.signer = signer;
  }

  /** For the user whose request is being served: same account, tier and tokens per request. */
  public ServiceCall onBehalfOf(InternalIdentity user, String requestId) {
    return forAccount(user.accountId(), user.tier(), user.maxTokens(), requestId);
  }

  /** For an account this service stored (an agent's owner), with the tier it knows of. */
  public ServiceCall forAccount(UUID accountId, Tier tier, int maxTokens, String requestId) {
    return new ServiceCall(
        InternalIdentity.fromService(service, accountId, tier, maxTokens), requestId, signer);
  }

  /** For this service's own work, on its own account (the same id on every replica). */
  public ServiceCall ownAccount(String requestId) {
    return forAccount(ownAccountId(service), Tier.ENTERPRISE, OWN_MAX_TOKENS, requestId);
  }

  /** The account id a service acts under on its own behalf. */
  public static UUID ownAccountId(String service) {
    return UUID.nameUUIDFromBytes(("vizzor-service:" + service).getBytes(StandardCharsets.UTF_8));
  }
}
