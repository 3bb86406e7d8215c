package dev.vizzor.gateway.admin;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.identity.Tier;
import dev.vizzor.gateway.account.Account;
import dev.vizzor.gateway.account.AccountCursor;
import dev.vizzor.gateway.account.AccountPage;
import dev.vizzor.gateway.account.AccountRepository;
import dev.vizzor.gateway.account.AccountSummary;
import dev.vizzor.gateway.account.ApiKeyRepository;
import dev.vizzor.gateway.account.IssuedKey;
import dev.vizzor.gateway.account.KeyKind;
import dev.vizzor.gateway.account.KeyMinter;
import dev.vizzor.gateway.account.StoredKey;
import dev.vizzor.gateway.auth.CredentialResolver;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * What the admin API (and through it the CLI) can do: keys, accounts and tiers, and through the
 * services an account's credits and the halt of every agent.
 */
@ApplicationScoped
public class AdminService {
  private static final Logger LOG = Logger.getLogger(AdminService.class);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Tier DEFAULT_TIER = Tier.PRO;
  static final int DEFAULT_PAGE = 50;
  static final int MAX_PAGE = 500;

  /** A created key: the only moment its secret exists outside the client. */
  public record CreatedKey(StoredKey key, String secret) {}

  private final AccountRepository accounts;
  private final ApiKeyRepository keys;
  private final CredentialResolver credentials;
  private final AccountSignals signals;

  private final OperatorCalls operator;

  AdminService(
      AccountRepository accounts,
      ApiKeyRepository keys,
      CredentialResolver credentials,
      AccountSignals signals,
      OperatorCalls operator) {
    this.operator = operator;
    this.accounts = accounts;
    this.keys = keys;
    this.credentials = credentials;
    this.signals = signals;
  }

  public Uni<CreatedKey> createKey(
      String name, String type, Optional<String> accountId, Optional<String> tierName) {
    if (name == null || !NAME.matcher(name).matches()) {
      return Uni.createFrom()
          .failure(ApiException.invalid("name must be 1-64 of A-Z a-z 0-9 . _ - (not first)"));
    }
    KeyKind kind = KeyKind.parse(type == null ? "api" : type).orElse(null);
    if (kind == null) {
      return Uni.createFrom().failure(ApiException.invalid("type must be api or vel"));
    }
    Optional<Tier> tier;
    try {
      tier = tierName.map(AdminService::tier);
    } catch (ApiException e) {
      return Uni.createFrom().failure(e);
    }
    IssuedKey issued = KeyMinter.mint(kind);
    Uni<Account> owner =
        accountId.isPresent()
            ? existing(accountId.get())
            : accounts.create(tier.orElse(DEFAULT_TIER));
    // The key is stored before an existing account's tier changes, so a refused name changes
    // nothing.
    return owner
        .flatMap(found -> keys.insert(found.id(), name, kind, issued))
        .map(
            stored ->
                stored.orElseThrow(() -> ApiException.conflict("an active key is named " + name)))
        .flatMap(
            stored ->
                accountId.isPresent() && tier.isPresent()
                    ? changeTier(stored.accountId(), tier.get())
                        .map(a -> withTier(stored, a.tier()))
                    : Uni.createFrom().item(stored))
        .invoke(
            stored ->
                LOG.infof(
                    "key %s (%s) created for account %s", name, kind.id(), stored.accountId()))
        .map(stored -> new CreatedKey(stored, issued.secret()));
  }

  private static StoredKey withTier(StoredKey key, Tier tier) {
    return new StoredKey(
        key.id(),
        key.accountId(),
        key.name(),
        key.kind(),
        key.displayPrefix(),
        tier,
        key.createdAt(),
        key.lastUsedAt(),
        key.revokedAt());
  }

  public Uni<List<StoredKey>> listKeys() {
    return keys.list();
  }

  public Uni<StoredKey> revokeKey(String name) {
    return keys.revoke(name)
        .map(
            found ->
                found.orElseThrow(() -> ApiException.notFound("no active key is named " + name)))
        .call(revoked -> signals.keyRevoked(revoked.accountId(), revoked.id()))
        .invoke(
            revoked -> {
              credentials.forgetKey(revoked.id());
              LOG.infof("key %s revoked", name);
            });
  }

  /** A page of accounts, newest first; {@code after} is the previous page's cursor. */
  public Uni<AccountPage> listAccounts(Optional<String> limit, Optional<String> after) {
    int size;
    Optional<AccountCursor> cursor;
    try {
      size = limit.map(AdminService::pageSize).orElse(DEFAULT_PAGE);
      cursor = after.map(AdminService::cursor);
    } catch (ApiException e) {
      return Uni.createFrom().failure(e);
    }
    return accounts.list(size, cursor);
  }

  public Uni<AccountSummary> account(String idOrSubject) {
    return accounts
        .findByIdOrSubject(idOrSubject)
        .map(found -> found.orElseThrow(() -> noAccount(idOrSubject)));
  }

  /** Most credits one top-up may add, so a typo cannot mint millions. */
  static final long MAX_TOP_UP = 1_000_000;

  /**
   * Adds credits to the chat ledger of the account with this id or Supabase sub
   * (orchestrator-service); the orchestrator's answer (account, added, balance).
   */
  public Uni<JsonObject> topUp(String idOrSubject, Object amount, Object note) {
    if (!(amount instanceof Number number)
        || number.doubleValue() != Math.rint(number.doubleValue())
        || number.longValue() < 1
        || number.longValue() > MAX_TOP_UP) {
      return Uni.createFrom()
          .failure(ApiException.invalid("amount must be a whole number from 1 to " + MAX_TOP_UP));
    }
    if (note != null && !(note instanceof String)) {
      return Uni.createFrom().failure(ApiException.invalid("note must be a string"));
    }
    String why = note == null ? "operator top-up" : (String) note;
    if (why.length() > 200) {
      return Uni.createFrom().failure(ApiException.invalid("note is at most 200 characters"));
    }
    return account(idOrSubject)
        .flatMap(found -> operator.topUp(found.id(), found.tier(), number.longValue(), why));
  }

  /** Longest reason a halt may give: agent-service's own limit (docs/AGENTS.md). */
  static final int MAX_HALT_REASON = 200;

  /**
   * Halts every agent of every account (agent-service's emergency stop, pulled by the operator);
   * the stop, the one already on if it is. Without a reason the service gives its own.
   */
  public Uni<JsonObject> haltEveryAgent(Object reason) {
    if (reason != null && !(reason instanceof String)) {
      return Uni.createFrom().failure(ApiException.invalid("reason must be a string"));
    }
    if (reason != null && ((String) reason).length() > MAX_HALT_REASON) {
      return Uni.createFrom()
          .failure(ApiException.invalid("reason is at most " + MAX_HALT_REASON + " characters"));
    }
    return operator
        .haltEveryAgent((String) reason)
        .invoke(
            stop ->
                LOG.infof(
                    "every agent halted by the operator since %s: %s",
                    stop.getString("haltedAt"), stop.getString("reason")));
  }

  /** Lifts the operator's halt of every agent; the lifted stop (404 when none is on). */
  public Uni<JsonObject> resumeEveryAgent() {
    return operator
        .resumeEveryAgent()
        .invoke(
            lifted ->
                LOG.infof(
                    "the operator's halt of %s lifted at %s",
                    lifted.getString("haltedAt"), lifted.getString("liftedAt")));
  }

  /** Every active emergency stop, the operator's and each account's. */
  public Uni<JsonObject> agentStops() {
    return operator.agentStops();
  }

  /** Changes the tier of the account with this id or Supabase sub, on every node at once. */
  public Uni<AccountSummary> setTier(String idOrSubject, String tierName) {
    Tier tier;
    try {
      tier = tier(tierName);
    } catch (ApiException e) {
      return Uni.createFrom().failure(e);
    }
    return account(idOrSubject)
        .flatMap(found -> changeTier(found.id(), tier).map(a -> found.withTier(a.tier())));
  }

  private Uni<Account> changeTier(UUID accountId, Tier tier) {
    return accounts
        .setTier(accountId, tier)
        .map(updated -> updated.orElseThrow(() -> ApiException.notFound("no account " + accountId)))
        .call(updated -> signals.tierChanged(updated.id(), updated.tier()))
        .invoke(
            updated -> {
              credentials.forgetAccount(updated.id());
              LOG.infof("account %s is now %s", updated.id(), updated.tier().wire());
            });
  }

  private Uni<Account> existing(String idOrSubject) {
    return account(idOrSubject).map(found -> new Account(found.id(), found.tier()));
  }

  private static ApiException noAccount(String idOrSubject) {
    return ApiException.notFound(
        "no account has the id or Supabase sub "
            + idOrSubject
            + " (a Supabase user's account exists from their first request)");
  }

  private static int pageSize(String text) {
    try {
      int size = Integer.parseInt(text);
      if (size >= 1 && size <= MAX_PAGE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.invalid("limit must be a whole number from 1 to " + MAX_PAGE);
  }

  private static AccountCursor cursor(String text) {
    return AccountCursor.decode(text)
        .orElseThrow(() -> ApiException.invalid("after must be the next cursor of a page"));
  }

  private static Tier tier(String name) {
    return Tier.parse(name)
        .orElseThrow(
            () ->
                ApiException.invalid(
                    "tier must be one of free, starter, pro, unlimited, startup, enterprise"));
  }
}
