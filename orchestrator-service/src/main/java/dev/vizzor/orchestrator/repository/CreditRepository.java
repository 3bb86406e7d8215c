package dev.vizzor.orchestrator.repository;

import dev.vizzor.orchestrator.domain.InsufficientCredits;
import dev.vizzor.orchestrator.domain.Reservation;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.UUID;

/**
 * The credit ledger: every change of a balance and its ledger row are one SQL statement (a
 * data-modifying CTE), so an account's balance always equals the sum of its rows and each change
 * costs one round trip. A hold asks for enough in its own WHERE clause under the balance's row
 * lock, so concurrent messages can never spend more than is there.
 */
@ApplicationScoped
public class CreditRepository {
  /** A hold asked of an account that has no balance yet: open it, then hold again. */
  public static final class NotOpened extends RuntimeException {
    NotOpened() {
      super("no credit balance yet", null, false, false);
    }
  }

  private static final String OPEN =
      "WITH opened AS (INSERT INTO credit_balances (account_id, balance) VALUES ($1, $2)"
          + " ON CONFLICT (account_id) DO NOTHING RETURNING account_id)"
          + " INSERT INTO credit_ledger (account_id, kind, amount, note)"
          + " SELECT account_id, 'grant', $2, $3 FROM opened";
  private static final String HOLD =
      "WITH held AS (UPDATE credit_balances SET balance = balance - $2"
          + " WHERE account_id = $1 AND balance >= $2 RETURNING balance),"
          + " logged AS (INSERT INTO credit_ledger (account_id, kind, amount, request_id)"
          + " SELECT $1, 'reserve', -$2, $3 FROM held)"
          + " SELECT balance FROM held";
  private static final String CREDIT =
      "WITH credited AS (UPDATE credit_balances SET balance = balance + $2 WHERE account_id = $1"
          + " RETURNING balance),"
          + " logged AS (INSERT INTO credit_ledger (account_id, kind, amount, request_id, note)"
          + " SELECT $1, $3, $2, $4, $5 FROM credited)"
          + " SELECT balance FROM credited";

  /** Takes up to $2 more than a hold, never more than is there. */
  private static final String TAKE =
      "WITH before AS (SELECT balance FROM credit_balances WHERE account_id = $1 FOR UPDATE),"
          + " taken AS (UPDATE credit_balances c SET balance = c.balance - least($2,"
          + " before.balance) FROM before WHERE c.account_id = $1"
          + " RETURNING c.balance, before.balance - c.balance AS taken),"
          + " logged AS (INSERT INTO credit_ledger (account_id, kind, amount, request_id)"
          + " SELECT $1, 'settle', -taken, $3 FROM taken)"
          + " SELECT balance, taken FROM taken";

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
   * @throws NotOpened (as the Uni's failure) when the account has no balance yet
   */
  public Uni<Reservation> hold(UUID accountId, UUID requestId, long amount) {
    return pool.preparedQuery(HOLD)
        .execute(Tuple.of(accountId, amount, requestId))
        .flatMap(
            rows -> {
              if (rows.iterator().hasNext()) {
                long left = rows.iterator().next().getLong("balance");
                return Uni.createFrom().item(new Reservation(accountId, requestId, amount, left));
              }
              return pool.preparedQuery(BALANCE)
                  .execute(Tuple.of(accountId))
                  .flatMap(
                      held ->
                          Uni.createFrom()
                              .failure(
                                  held.iterator().hasNext()
                                      ? new InsufficientCredits(firstBalance(held), amount)
                                      : new NotOpened()));
            });
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
    return pool.preparedQuery(TAKE)
        .execute(Tuple.of(hold.accountId(), extra, hold.requestId()))
        .map(
            rows -> {
              Row row = rows.iterator().next();
              return new long[] {row.getLong("taken"), row.getLong("balance")};
            });
  }

  /** Adds credits an operator granted; the balance after. */
  public Uni<Long> topUp(UUID accountId, long amount, String note) {
    return credit(accountId, "top_up", amount, null, note);
  }

  private Uni<Long> credit(UUID accountId, String kind, long amount, UUID requestId, String note) {
    return pool.preparedQuery(CREDIT)
        .execute(Tuple.from(Arrays.asList(accountId, amount, kind, requestId, note)))
        .map(CreditRepository::firstBalance);
  }

  /** The account's balance, 0 when it never chatted. */
  public Uni<Long> balance(UUID accountId) {
    return pool.preparedQuery(BALANCE)
        .execute(Tuple.of(accountId))
        .map(CreditRepository::firstBalance);
  }

  private static long firstBalance(RowSet<Row> rows) {
    return rows.iterator().hasNext() ? rows.iterator().next().getLong("balance") : 0;
  }
}
