package dev.vizzor.agent.repository;

import dev.vizzor.agent.domain.Halt;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Emergency stops: at most one active per account and one over every account. */
@ApplicationScoped
public class HaltRepository {
  private static final String COLUMNS =
      "id, account_id, reason, pulled_by, halted_at, lifted_at, lifted_by";
  private static final String ACTIVE_FOR =
      "SELECT "
          + COLUMNS
          + " FROM halts WHERE lifted_at IS NULL AND (account_id IS NULL OR account_id = $1)"
          + " ORDER BY halted_at";
  private static final String ACTIVE_OF_SCOPE =
      "SELECT "
          + COLUMNS
          + " FROM halts WHERE lifted_at IS NULL AND account_id IS NOT DISTINCT FROM $1";
  private static final String ACTIVE = "SELECT " + COLUMNS + " FROM halts WHERE lifted_at IS NULL";
  private static final String PULL =
      "INSERT INTO halts (id, account_id, reason, pulled_by, halted_at) VALUES ($1, $2, $3, $4, $5)"
          + " RETURNING "
          + COLUMNS;
  private static final String LIFT =
      "UPDATE halts SET lifted_at = $2, lifted_by = $3 WHERE lifted_at IS NULL"
          + " AND account_id IS NOT DISTINCT FROM $1 RETURNING "
          + COLUMNS;

  private final Pool pool;

  HaltRepository(Pool pool) {
    this.pool = pool;
  }

  /** The active stops that cover {@code accountId}: its own and the operator's. */
  public Uni<List<Halt>> activeFor(SqlClient client, UUID accountId) {
    return client.preparedQuery(ACTIVE_FOR).execute(Tuple.of(accountId)).map(HaltRepository::all);
  }

  public Uni<List<Halt>> activeFor(UUID accountId) {
    return activeFor(pool, accountId);
  }

  /** Every active stop, for a replica's view at start. */
  public Uni<List<Halt>> active() {
    return pool.preparedQuery(ACTIVE).execute().map(HaltRepository::all);
  }

  /** The active stop of exactly this scope ({@code accountId} null: the operator's). */
  public Uni<Optional<Halt>> activeOfScope(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(ACTIVE_OF_SCOPE)
        .execute(Tuple.of(accountId))
        .map(rows -> all(rows).stream().findFirst());
  }

  public Uni<Halt> pull(SqlClient tx, UUID accountId, String reason, String by, Instant now) {
    return tx.preparedQuery(PULL)
        .execute(Tuple.of(UUID.randomUUID(), accountId, reason, by, Sql.utc(now)))
        .map(rows -> all(rows).get(0));
  }

  /** The stop lifted, or empty when none of this scope was active. */
  public Uni<Optional<Halt>> lift(SqlClient tx, UUID accountId, String by, Instant now) {
    return tx.preparedQuery(LIFT)
        .execute(Tuple.of(accountId, Sql.utc(now), by))
        .map(rows -> all(rows).stream().findFirst());
  }

  private static List<Halt> all(RowSet<Row> rows) {
    List<Halt> halts = new ArrayList<>();
    rows.forEach(
        row ->
            halts.add(
                new Halt(
                    row.getUUID("id"),
                    row.getUUID("account_id"),
                    row.getString("reason"),
                    row.getString("pulled_by"),
                    Sql.instant(row.getOffsetDateTime("halted_at")),
                    Sql.instant(row.getOffsetDateTime("lifted_at")),
                    row.getString("lifted_by"))));
    return halts;
  }
}
