package dev.vizzor.orchestrator.repository;

import dev.vizzor.orchestrator.domain.InsufficientCredits;
import dev.vizzor.orchestrator.domain.Reservation;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The credit ledger: every change of a balance is one ledger row written in the same transaction,
 * so an account's balance always equals the sum of its rows. A hold takes the row lock of the
 * balance and asks for enough in its own WHERE clause, so concurrent messages can never spend more
 * than is there.
 */
@ApplicationScoped
public class CreditRepository {
  private static final String OPEN =
      "WITH opened AS (INSERT INTO credit_balances (account_id, balance) VALUES ($1, $2)"
          + " ON CONFLICT (account_id) DO NOTHING RETURNING account_id)"
          + " INSERT INTO credit_ledger (account_id, kind, amount, note)"
          + " SELECT account_id, 'grant', $2, $3 FROM opened";
  private static final String HOLD =
      "UPDATE credit_balances SET balance = balance - $2 WHERE account_id = $1 AND balance >= $2"
          + " RETURNING balance";
  private static final String CREDIT =
      "UPDATE credit_balances SET balance = balance + $2 WHERE account_id = $1 RETURNING balance";
  private static final String ENTRY =
      "INSERT INTO credit_ledger (account_id, kind, amount, request_id, note)"
          + " VALUES ($1, $2, $3, $4, $5)";

  /** Takes up to $2 more than a hold, never more than is there. */
  private static final String TAKE =
      "WITH held AS (SELECT balance FROM credit_balances WHERE account_id = $1 FOR UPDATE)"
          + " UPDATE credit_balances c SET balance = c.balance - least($2, held.balance) FROM held"
          + " WHERE c.account_id = $1 RETURNING c.balance, held.balance - c.balance AS taken";

  private static final String BALANCE = "SELECT balance FROM credit_balances WHERE account_id = $1";

  private final Pool pool;

  CreditRepository(Pool pool) {
    this.pool = pool;
  }

  /** Opens the account with its starting grant, once; later calls change nothing. */
  public Uni<Void> open(UUID accountId, long grant, String note) {
    return pool.preparedQuery(OPEN).execute(Tuple.of(accountId, grant, note)).replaceWithVoid();
  }

  /**
   * Holds {@code amount} for a message.
   *
   * @throws InsufficientCredits (as the Uni's failure) when the balance is below it
   */
  public Uni<Reservation> hold(UUID accountId, UUID requestId, long amount) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(HOLD)
                .execute(Tuple.of(accountId, amount))
                .flatMap(
                    rows -> {
                      if (rows.rowCount() == 0) {
                        return balance(tx, accountId)
                            .flatMap(
                                held ->
                                    Uni.createFrom()
                                        .failure(new InsufficientCredits(held, amount)));
                      }
                      long left = rows.iterator().next().getLong("balance");
                      return entry(tx, accountId, "reserve", -amount, requestId, null)
                          .replaceWith(new Reservation(accountId, requestId, amount, left));
                    }));
  }

  /** Gives back {@code amount} of a hold ({@code kind} settle or refund); the balance after. */
  public Uni<Long> release(Reservation hold, String kind, long amount) {
    return credit(hold.accountId(), kind, amount, hold.requestId(), null);
  }

  /**
   * Charges {@code extra} beyond a hold, as far as the balance goes (it never goes below zero).
   *
   * @return what was taken and the balance after
   */
  public Uni<long[]> takeBeyond(Reservation hold, long extra) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(TAKE)
                .execute(Tuple.of(hold.accountId(), extra))
                .flatMap(
                    rows -> {
                      Row row = rows.iterator().next();
                      long taken = row.getLong("taken");
                      long balance = row.getLong("balance");
                      return entry(tx, hold.accountId(), "settle", -taken, hold.requestId(), null)
                          .replaceWith(new long[] {taken, balance});
                    }));
  }

  /** Adds credits an operator granted; the balance after. */
  public Uni<Long> topUp(UUID accountId, long amount, String note) {
    return credit(accountId, "top_up", amount, null, note);
  }

  private Uni<Long> credit(UUID accountId, String kind, long amount, UUID requestId, String note) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(CREDIT)
                .execute(Tuple.of(accountId, amount))
                .flatMap(
                    rows ->
                        entry(tx, accountId, kind, amount, requestId, note)
                            .replaceWith(rows.iterator().next().getLong("balance"))));
  }

  /** The account's balance, 0 when it never chatted. */
  public Uni<Long> balance(UUID accountId) {
    return balance(pool, accountId);
  }

  private static Uni<Long> balance(SqlClient client, UUID accountId) {
    return client
        .preparedQuery(BALANCE)
        .execute(Tuple.of(accountId))
        .map(CreditRepository::firstBalance);
  }

  private static long firstBalance(RowSet<Row> rows) {
    return rows.iterator().hasNext() ? rows.iterator().next().getLong("balance") : 0;
  }

  private static Uni<Void> entry(
      SqlClient tx, UUID accountId, String kind, long amount, UUID requestId, String note) {
    return tx.preparedQuery(ENTRY)
        .execute(Tuple.of(accountId, kind, amount, requestId, note))
        .replaceWithVoid();
  }
}
