package dev.vizzor.gateway.account;

import dev.vizzor.common.identity.Tier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AccountRepository {
  private static final String SUMMARY =
      """
      SELECT a.id, a.tier, a.external_subject, a.created_at,
             (SELECT count(*) FROM api_keys k
               WHERE k.account_id = a.id AND k.revoked_at IS NULL) AS active_keys
        FROM accounts a
      """;

  private final Pool pool;

  AccountRepository(Pool pool) {
    this.pool = pool;
  }

  public Uni<Account> create(Tier tier) {
    return pool.preparedQuery("INSERT INTO accounts (tier) VALUES ($1) RETURNING id, tier")
        .execute(Tuple.of(tier.wire()))
        .map(rows -> account(rows.iterator().next()));
  }

  public Uni<Optional<Account>> setTier(UUID id, Tier tier) {
    return pool.preparedQuery(
            "UPDATE accounts SET tier = $2, updated_at = now() WHERE id = $1 RETURNING id, tier")
        .execute(Tuple.of(id, tier.wire()))
        .map(AccountRepository::first);
  }

  /** Up to {@code limit} accounts, newest first, from just after {@code after} when given. */
  public Uni<AccountPage> list(int limit, Optional<AccountCursor> after) {
    // One more row than asked tells whether a next page exists.
    Uni<RowSet<Row>> rows =
        after.isEmpty()
            ? pool.preparedQuery(SUMMARY + " ORDER BY a.created_at DESC, a.id DESC LIMIT $1")
                .execute(Tuple.of(limit + 1))
            : pool.preparedQuery(
                    SUMMARY
                        + " WHERE (a.created_at, a.id) < ($1, $2)"
                        + " ORDER BY a.created_at DESC, a.id DESC LIMIT $3")
                .execute(Tuple.of(after.get().createdAt(), after.get().id(), limit + 1));
    return rows.map(
        found -> {
          List<AccountSummary> accounts = new ArrayList<>();
          found.forEach(row -> accounts.add(summary(row)));
          if (accounts.size() <= limit) {
            return new AccountPage(accounts, Optional.empty());
          }
          List<AccountSummary> page = List.copyOf(accounts.subList(0, limit));
          return new AccountPage(page, Optional.of(AccountCursor.after(page.getLast())));
        });
  }

  /**
   * The account whose id, or else whose Supabase {@code sub}, is {@code idOrSubject}. Supabase user
   * ids are UUIDs too; should one equal another account's id, the account id wins.
   */
  public Uni<Optional<AccountSummary>> findByIdOrSubject(String idOrSubject) {
    UUID id = uuidOrNull(idOrSubject);
    return pool.preparedQuery(
            SUMMARY
                + " WHERE a.id = $1::uuid OR a.external_subject = $2"
                + " ORDER BY (a.id = $1::uuid) IS TRUE DESC LIMIT 1")
        .execute(Tuple.of(id, idOrSubject))
        .map(
            rows ->
                rows.size() == 0 ? Optional.empty() : Optional.of(summary(rows.iterator().next())));
  }

  /**
   * The account of a Supabase user; one is created on the first request of an unknown {@code sub},
   * at the Free tier. Concurrent first requests agree on one account (the unique subject decides).
   */
  public Uni<Account> findOrCreateBySubject(String subject) {
    return pool.preparedQuery(
            """
            WITH created AS (
              INSERT INTO accounts (tier, external_subject) VALUES ('free', $1)
              ON CONFLICT (external_subject) DO NOTHING
              RETURNING id, tier)
            SELECT id, tier FROM created
            UNION ALL
            SELECT id, tier FROM accounts WHERE external_subject = $1
            LIMIT 1
            """)
        .execute(Tuple.of(subject))
        .map(rows -> account(rows.iterator().next()));
  }

  private static Optional<Account> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(account(rows.iterator().next()));
  }

  private static AccountSummary summary(Row row) {
    return new AccountSummary(
        row.getUUID("id"),
        Tier.parse(row.getString("tier")).orElseThrow(),
        Optional.ofNullable(row.getString("external_subject")),
        row.getOffsetDateTime("created_at"),
        row.getLong("active_keys"));
  }

  private static UUID uuidOrNull(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Account account(Row row) {
    return new Account(row.getUUID("id"), Tier.parse(row.getString("tier")).orElseThrow());
  }
}
