package dev.vizzor.notification.repository;

import dev.vizzor.common.paging.PageCursor;
import dev.vizzor.notification.domain.ArmedRule;
import dev.vizzor.notification.domain.NewRule;
import dev.vizzor.notification.domain.RuleView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Alert rules, always read and changed through their owning account. */
@ApplicationScoped
public class RuleRepository {
  static final String COLUMNS =
      "id, type, symbol, threshold, percent, window_seconds, horizon, min_tier,"
          + " cooldown_seconds, recurring, active, last_fired_at, created_at";

  /** One account's creations queue on a lock of their own, so the cap cannot be overrun. */
  private static final String LOCK_ACCOUNT =
      "SELECT pg_advisory_xact_lock(hashtextextended($1::text, 7))";

  private static final String COUNT = "SELECT count(*) AS n FROM alert_rules WHERE account_id = $1";
  private static final String INSERT =
      "INSERT INTO alert_rules (id, account_id, type, symbol, threshold, percent, window_seconds,"
          + " horizon, min_tier, cooldown_seconds, recurring, active, created_at)"
          + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, true, $12) RETURNING "
          + COLUMNS;
  private static final String PAGE =
      "SELECT "
          + COLUMNS
          + " FROM alert_rules WHERE account_id = $1"
          + " AND ($2::timestamptz IS NULL OR (created_at, id) < ($2, $3))"
          + " ORDER BY created_at DESC, id DESC LIMIT $4";
  private static final String DELETE = "DELETE FROM alert_rules WHERE id = $1 AND account_id = $2";
  private static final String FIRED =
      "UPDATE alert_rules SET last_fired_at = $2, active = recurring WHERE id = $1";

  private final Pool pool;

  RuleRepository(Pool pool) {
    this.pool = pool;
  }

  /** The stored rule, or empty when the account already holds {@code cap} rules. */
  public Uni<Optional<RuleView>> create(UUID accountId, NewRule rule, int cap, Instant now) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(LOCK_ACCOUNT)
                .execute(Tuple.of(accountId.toString()))
                .chain(() -> tx.preparedQuery(COUNT).execute(Tuple.of(accountId)))
                .chain(
                    counted ->
                        counted.iterator().next().getLong("n") >= cap
                            ? Uni.createFrom().item(Optional.<RuleView>empty())
                            : insert(tx, accountId, rule, now).map(Optional::of)));
  }

  private static Uni<RuleView> insert(SqlClient tx, UUID accountId, NewRule rule, Instant now) {
    return tx.preparedQuery(INSERT)
        .execute(
            Tuple.from(
                new Object[] {
                  UUID.randomUUID(),
                  accountId,
                  rule.type().wire(),
                  rule.symbol(),
                  rule.threshold(),
                  rule.percent(),
                  rule.window() == null ? null : (int) rule.window().toSeconds(),
                  rule.horizon(),
                  rule.minTier(),
                  rule.cooldownSeconds(),
                  rule.recurring(),
                  utc(now)
                }))
        .map(rows -> view(rows.iterator().next()));
  }

  public Uni<List<RuleView>> page(UUID accountId, PageCursor after, int limit) {
    return pool.preparedQuery(PAGE)
        .execute(
            Tuple.of(
                accountId,
                after == null ? null : utc(after.at()),
                after == null ? null : after.id(),
                limit))
        .map(
            rows -> {
              List<RuleView> page = new ArrayList<>();
              rows.forEach(row -> page.add(view(row)));
              return page;
            });
  }

  /** Whether the rule was the account's and is gone now. */
  public Uni<Boolean> delete(UUID accountId, UUID id) {
    return pool.preparedQuery(DELETE)
        .execute(Tuple.of(id, accountId))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Starts the rule's cool-down; a one-shot rule is done. */
  public Uni<Void> fired(SqlClient tx, ArmedRule rule, Instant now) {
    return tx.preparedQuery(FIRED).execute(Tuple.of(rule.id(), utc(now))).replaceWithVoid();
  }

  static RuleView view(Row row) {
    Integer window = row.getInteger("window_seconds");
    OffsetDateTime fired = row.getOffsetDateTime("last_fired_at");
    return new RuleView(
        row.getUUID("id"),
        row.getString("type"),
        row.getString("symbol"),
        row.getBigDecimal("threshold"),
        row.getBigDecimal("percent"),
        window == null ? null : NewRule.wire(Duration.ofSeconds(window)),
        row.getString("horizon"),
        row.getString("min_tier"),
        row.getLong("cooldown_seconds"),
        row.getBoolean("recurring"),
        row.getBoolean("active"),
        fired == null ? null : fired.toInstant(),
        row.getOffsetDateTime("created_at").toInstant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
