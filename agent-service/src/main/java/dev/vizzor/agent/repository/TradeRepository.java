package dev.vizzor.agent.repository;

import dev.vizzor.agent.domain.TradeView;
import dev.vizzor.common.paging.PageCursor;
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
import java.util.UUID;

/** Agents' paper fills; the cursor of a page is (market time, id). */
@ApplicationScoped
public class TradeRepository {
  private static final String COLUMNS =
      "t.id, t.agent_id, a.name, a.account_id, t.symbol, t.side, t.quantity, t.market_price,"
          + " t.price, t.notional, t.fee, t.realized_pnl, t.cash_after, t.reason, t.market_time,"
          + " t.recorded_at";
  private static final String INSERT =
      "INSERT INTO agent_trades (id, agent_id, symbol, side, quantity, market_price, price,"
          + " notional, fee, realized_pnl, cash_after, reason, market_time, recorded_at)"
          + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)";
  private static final String PAGE =
      "SELECT "
          + COLUMNS
          + " FROM agent_trades t JOIN agents a ON a.id = t.agent_id WHERE t.agent_id = $1"
          + " AND ($2::timestamptz IS NULL OR (t.market_time, t.id) < ($2, $3))"
          + " ORDER BY t.market_time DESC, t.id DESC LIMIT $4";
  private static final String ALL =
      "SELECT "
          + COLUMNS
          + " FROM agent_trades t JOIN agents a ON a.id = t.agent_id WHERE t.agent_id = $1"
          + " ORDER BY t.market_time, t.id";
  private static final String COUNT_SINCE =
      "SELECT count(*) AS n FROM agent_trades WHERE agent_id = $1 AND market_time >= $2";

  private final Pool pool;

  TradeRepository(Pool pool) {
    this.pool = pool;
  }

  public Uni<Void> add(SqlClient tx, TradeView trade) {
    return tx.preparedQuery(INSERT)
        .execute(
            Tuple.from(
                new Object[] {
                  trade.id(),
                  trade.agentId(),
                  trade.symbol(),
                  trade.side(),
                  trade.quantity(),
                  trade.marketPrice(),
                  trade.price(),
                  trade.notional(),
                  trade.fee(),
                  trade.realizedPnl(),
                  trade.cashAfter(),
                  trade.reason(),
                  Sql.utc(trade.marketTime()),
                  Sql.utc(trade.recordedAt())
                }))
        .replaceWithVoid();
  }

  /** Newest first. */
  public Uni<List<TradeView>> page(UUID agentId, PageCursor after, int limit) {
    return pool.preparedQuery(PAGE)
        .execute(
            Tuple.of(
                agentId,
                after == null ? null : Sql.utc(after.at()),
                after == null ? null : after.id(),
                limit))
        .map(TradeRepository::all);
  }

  /** Every fill of the agent, oldest first. */
  public Uni<List<TradeView>> all(SqlClient client, UUID agentId) {
    return client.preparedQuery(ALL).execute(Tuple.of(agentId)).map(TradeRepository::all);
  }

  /** Fills at or after {@code since} (market time). */
  public Uni<Integer> countSince(SqlClient tx, UUID agentId, Instant since) {
    return tx.preparedQuery(COUNT_SINCE)
        .execute(Tuple.of(agentId, Sql.utc(since)))
        .map(rows -> rows.iterator().next().getLong("n").intValue());
  }

  private static List<TradeView> all(RowSet<Row> rows) {
    List<TradeView> trades = new ArrayList<>();
    rows.forEach(
        row ->
            trades.add(
                new TradeView(
                    row.getUUID("id"),
                    row.getUUID("agent_id"),
                    row.getString("name"),
                    row.getUUID("account_id"),
                    row.getString("symbol"),
                    row.getString("side"),
                    row.getBigDecimal("quantity"),
                    row.getBigDecimal("market_price"),
                    row.getBigDecimal("price"),
                    row.getBigDecimal("notional"),
                    row.getBigDecimal("fee"),
                    row.getBigDecimal("realized_pnl"),
                    row.getBigDecimal("cash_after"),
                    row.getString("reason"),
                    Sql.instant(row.getOffsetDateTime("market_time")),
                    Sql.instant(row.getOffsetDateTime("recorded_at")))));
    return trades;
  }
}
