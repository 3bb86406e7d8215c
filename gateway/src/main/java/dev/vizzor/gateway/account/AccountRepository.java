package dev.vizzor.gateway.account;

import dev.vizzor.common.identity.Tier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AccountRepository {
  private final Pool pool;

  AccountRepository(Pool pool) {
    this.pool = pool;
  }

  public Uni<Account> create(Tier tier) {
    return pool.preparedQuery("INSERT INTO accounts (tier) VALUES ($1) RETURNING id, tier")
        .execute(Tuple.of(tier.wire()))
        .map(rows -> account(rows.iterator().next()));
  }

  public Uni<Optional<Account>> find(UUID id) {
    return pool.preparedQuery("SELECT id, tier FROM accounts WHERE id = $1")
        .execute(Tuple.of(id))
        .map(AccountRepository::first);
  }

  public Uni<Optional<Account>> setTier(UUID id, Tier tier) {
    return pool.preparedQuery(
            "UPDATE accounts SET tier = $2, updated_at = now() WHERE id = $1 RETURNING id, tier")
        .execute(Tuple.of(id, tier.wire()))
        .map(AccountRepository::first);
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

  static Account account(Row row) {
    return new Account(row.getUUID("id"), Tier.parse(row.getString("tier")).orElseThrow());
  }
}
