package dev.vizzor.gateway.auth;

import dev.vizzor.common.identity.CredentialKind;
import dev.vizzor.gateway.account.Account;
import dev.vizzor.gateway.account.AccountRepository;
import dev.vizzor.gateway.account.ApiKeyRepository;
import dev.vizzor.gateway.account.KeyKind;
import dev.vizzor.gateway.account.KeyMinter;
import dev.vizzor.gateway.account.StoredKey;
import dev.vizzor.gateway.auth.jwt.JwtRejectedException;
import dev.vizzor.gateway.auth.jwt.SupabaseJwtVerifier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a presented credential into the account it acts for: keys by their SHA-256 (one indexed
 * lookup, then cached), Supabase JWTs by signature and claims, their {@code sub} mapped to an
 * account created at the Free tier on first sight, WebSocket tickets into the principal they were
 * minted for.
 */
@ApplicationScoped
public class CredentialResolver {
  private final ApiKeyRepository keys;
  private final AccountRepository accounts;
  private final SupabaseJwtVerifier jwts;
  private final LastUsedRecorder lastUsed;
  private final WsTickets tickets;
  private final ExpiringCache<String, StoredKey> keysByHash;
  private final ExpiringCache<String, Account> accountsBySubject;

  CredentialResolver(
      ApiKeyRepository keys,
      AccountRepository accounts,
      SupabaseJwtVerifier jwts,
      LastUsedRecorder lastUsed,
      WsTickets tickets,
      AuthConfig config) {
    this.keys = keys;
    this.accounts = accounts;
    this.jwts = jwts;
    this.lastUsed = lastUsed;
    this.tickets = tickets;
    long ttl = config.cacheTtl().toNanos();
    this.keysByHash = new ExpiringCache<>(ttl, config.cacheMaxEntries(), System::nanoTime);
    this.accountsBySubject = new ExpiringCache<>(ttl, config.cacheMaxEntries(), System::nanoTime);
  }

  public Uni<Principal> resolve(Presented presented) {
    return switch (presented) {
      case Presented.ApiKey key -> byKey(key.value(), KeyKind.API, CredentialKind.API_KEY);
      case Presented.VelocityKey key ->
          byKey(key.value(), KeyKind.VELOCITY, CredentialKind.VEL_KEY);
      case Presented.Jwt jwt -> byJwt(jwt.value());
      case Presented.Ticket ticket -> tickets.redeem(ticket.value());
      case Presented.Missing missing -> fail("no credential");
      case Presented.Unusable unusable -> fail(unusable.why());
    };
  }

  /** Forgets cached facts about an account after its tier changed on this node. */
  public void forgetAccount(UUID accountId) {
    keysByHash.removeIf(key -> key.accountId().equals(accountId));
    accountsBySubject.removeIf(account -> account.id().equals(accountId));
  }

  /** Forgets a revoked key at once on this node. */
  public void forgetKey(UUID keyId) {
    keysByHash.removeIf(key -> key.id().equals(keyId));
  }

  private Uni<Principal> byKey(String secret, KeyKind expected, CredentialKind kind) {
    if (!KeyMinter.wellFormed(secret, expected)) {
      return fail("not a well-formed " + expected.id() + " key");
    }
    byte[] digest = KeyMinter.hash(secret);
    String hash = HexFormat.of().formatHex(digest);
    Optional<StoredKey> cached = keysByHash.get(hash);
    Uni<Optional<StoredKey>> found =
        cached.isPresent()
            ? Uni.createFrom().item(cached)
            : keys.findActiveByHash(digest)
                .invoke(key -> key.ifPresent(k -> keysByHash.put(hash, k)));
    return found.map(
        key -> {
          StoredKey stored =
              key.orElseThrow(() -> new AuthenticationFailed("unknown or revoked key"));
          if (stored.kind() != expected) {
            throw new AuthenticationFailed("key presented in the other kind's place");
          }
          lastUsed.used(stored.id());
          return new Principal(
              stored.accountId(), stored.tier(), kind, Optional.of(stored.id()), Optional.empty());
        });
  }

  private Uni<Principal> byJwt(String token) {
    return jwts.verify(token)
        .onFailure(JwtRejectedException.class)
        .transform(
            e -> new AuthenticationFailed("JWT refused: " + ((JwtRejectedException) e).reason()))
        .flatMap(
            verified -> {
              Optional<Account> cached = accountsBySubject.get(verified.subject());
              if (cached.isPresent()) {
                return Uni.createFrom().item(new SubjectAccount(verified.subject(), cached.get()));
              }
              return accounts
                  .findOrCreateBySubject(verified.subject())
                  .invoke(account -> accountsBySubject.put(verified.subject(), account))
                  .map(account -> new SubjectAccount(verified.subject(), account));
            })
        .map(
            found ->
                new Principal(
                    found.account().id(),
                    found.account().tier(),
                    CredentialKind.JWT,
                    Optional.empty(),
                    Optional.of(found.subject())));
  }

  /** A Supabase user and the account it resolves to. */
  private record SubjectAccount(String subject, Account account) {}

  private static Uni<Principal> fail(String reason) {
    return Uni.createFrom().failure(new AuthenticationFailed(reason));
  }
}
