package dev.vizzor.common.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * Who a business call is for, as its internal token vouches for it (docs/INTERNAL-TOKEN.md): the
 * account ({@code sub}), its {@code tier}, the credential kind ({@code cred}), the API key's id
 * ({@code kid}, only when a key was used), the tier's {@code max_tokens}, for a call from another
 * service that service's name (from the token's issuer), and for a Supabase JWT the user id it
 * names ({@code usr}: the {@code user_id} of that user's watchers). Resources get it from {@link
 * CurrentIdentity}.
 */
public record InternalIdentity(
    UUID accountId,
    Tier tier,
    CredentialKind credential,
    Optional<UUID> keyId,
    int maxTokens,
    Optional<String> callingService,
    Optional<String> supabaseUser) {

  public InternalIdentity {
    if ((credential == CredentialKind.SERVICE) != callingService.isPresent()) {
      throw new IllegalArgumentException(
          "a calling service goes with cred=service, and only there");
    }
    if (supabaseUser.isPresent() && credential != CredentialKind.JWT) {
      throw new IllegalArgumentException("a Supabase user goes with cred=jwt only");
    }
  }

  /** An identity the gateway vouches for: a user's, or the webhook's. */
  public static InternalIdentity viaGateway(
      UUID accountId, Tier tier, CredentialKind credential, Optional<UUID> keyId, int maxTokens) {
    return new InternalIdentity(
        accountId, tier, credential, keyId, maxTokens, Optional.empty(), Optional.empty());
  }

  /** An identity another service of the suite vouches for, acting for {@code accountId}. */
  public static InternalIdentity fromService(
      String service, UUID accountId, Tier tier, int maxTokens) {
    return new InternalIdentity(
        accountId,
        tier,
        CredentialKind.SERVICE,
        Optional.empty(),
        maxTokens,
        Optional.of(service),
        Optional.empty());
  }

  /** The same identity for the Supabase user a JWT named. */
  public InternalIdentity withSupabaseUser(String user) {
    return new InternalIdentity(
        accountId, tier, credential, keyId, maxTokens, callingService, Optional.of(user));
  }

  /** Whether another service of the suite made this call (not a client through the gateway). */
  public boolean isServiceCall() {
    return callingService.isPresent();
  }
}
