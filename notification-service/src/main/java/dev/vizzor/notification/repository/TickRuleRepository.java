package dev.vizzor.notification.repository;

import dev.vizzor.notification.domain.ArmedRule;
import dev.vizzor.notification.domain.PricePoint;
import dev.vizzor.notification.domain.RuleType;
import dev.vizzor.notification.domain.Tick;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a tick's evaluation reads and writes, inside the tick's transaction: the symbol's recent
 * prices (kept 25 h, the longest window and then some) and the rules armed on the symbol, locked so
 * two deliveries of ticks cannot fire one rule twice.
 */
@ApplicationScoped
public class TickRuleRepository {
  /**
   * Records the tick's price and answers the one before it. Points after this tick's time go: a
   * replay that started over. A point at this very time takes the new price. (One statement may not
   * delete and insert the same row, hence the two cases.)
   */
  private static final String RECORD =
      "WITH cleared AS (DELETE FROM price_points WHERE symbol = $1"
          + " AND (as_of > $2 OR as_of < $2 - interval '25 hours')),"
          + " before AS (SELECT price, as_of FROM price_points WHERE symbol = $1 AND as_of < $2"
          + " ORDER BY as_of DESC LIMIT 1),"
          + " added AS (INSERT INTO price_points (symbol, as_of, price) VALUES ($1, $2, $3)"
          + " ON CONFLICT (symbol, as_of) DO UPDATE SET price = EXCLUDED.price)"
          + " SELECT price, as_of FROM before";

  private static final String AT_OR_BEFORE =
      "SELECT price, as_of FROM price_points WHERE symbol = $1 AND as_of <= $2"
          + " ORDER BY as_of DESC LIMIT 1";

  private static final String ARMED =
      "SELECT id, account_id, type, symbol, threshold, percent, window_seconds FROM alert_rules"
          + " WHERE symbol = $1 AND active"
          + " AND type IN ('price_above', 'price_below', 'price_cross', 'pct_change')"
          + " AND (last_fired_at IS NULL"
          + " OR last_fired_at + make_interval(secs => cooldown_seconds) <= $2)"
          + " ORDER BY id FOR UPDATE";

  public Uni<Optional<PricePoint>> record(SqlClient tx, Tick tick) {
    return tx.preparedQuery(RECORD)
        .execute(Tuple.of(tick.symbol(), RuleRepository.utc(tick.asOf()), tick.price()))
        .map(TickRuleRepository::point);
  }

  /** The last price at or before {@code at}: a window's start. */
  public Uni<Optional<PricePoint>> atOrBefore(SqlClient tx, String symbol, Instant at) {
    return tx.preparedQuery(AT_OR_BEFORE)
        .execute(Tuple.of(symbol, RuleRepository.utc(at)))
        .map(TickRuleRepository::point);
  }

  /** The rules on {@code symbol} that may fire at {@code now}, locked for this transaction. */
  public Uni<List<ArmedRule>> armed(SqlClient tx, String symbol, Instant now) {
    return tx.preparedQuery(ARMED)
        .execute(Tuple.of(symbol, RuleRepository.utc(now)))
        .map(
            rows -> {
              List<ArmedRule> armed = new ArrayList<>();
              rows.forEach(row -> armed.add(armed(row)));
              return armed;
            });
  }

  static ArmedRule armed(Row row) {
    Integer window = row.getInteger("window_seconds");
    return new ArmedRule(
        row.getUUID("id"),
        row.getUUID("account_id"),
        RuleType.parse(row.getString("type")).orElseThrow(),
        row.getString("symbol"),
        row.getBigDecimal("threshold"),
        row.getBigDecimal("percent"),
        window == null ? null : Duration.ofSeconds(window));
  }

  private static Optional<PricePoint> point(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row row = rows.iterator().next();
    return Optional.of(
        new PricePoint(row.getBigDecimal("price"), row.getOffsetDateTime("as_of").toInstant()));
  }
}
