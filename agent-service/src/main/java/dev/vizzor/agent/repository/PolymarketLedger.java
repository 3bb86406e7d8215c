package dev.vizzor.agent.repository;

import dev.vizzor.agent.domain.Book;
import dev.vizzor.agent.domain.BookFill;
import dev.vizzor.agent.domain.PolymarketHolding;
import dev.vizzor.agent.domain.PolymarketMarket;
import dev.vizzor.agent.domain.PolymarketOrder;
import dev.vizzor.agent.domain.PolymarketPosition;
import dev.vizzor.agent.domain.PolymarketStoredTrade;
import dev.vizzor.agent.domain.PolymarketTrade;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Paper cash, holdings and trades of each account. A trade is written in one transaction holding
 * the account row's lock: the idempotency key is checked again under it, then the trade, the
 * holding and the cash change together, so concurrent orders of one account queue and a key is
 * never written twice.
 */
@ApplicationScoped
public class PolymarketLedger {
  static final String TRADE_COLUMNS =
      "id, idempotency_key, fingerprint, market, question, outcome, token_id, side, size,"
          + " limit_price, filled_size, cancelled_size, average_price, notional, fee, fee_rule,"
          + " fills, cash_after, book_at, executed_at, source";

  private static final String OPEN_ACCOUNT =
      "INSERT INTO polymarket_accounts (account_id, cash, created_at) VALUES ($1, $2, $3)"
          + " ON CONFLICT (account_id) DO NOTHING";
  private static final String LOCK_ACCOUNT =
      "SELECT cash FROM polymarket_accounts WHERE account_id = $1 FOR UPDATE";
  private static final String CASH = "SELECT cash FROM polymarket_accounts WHERE account_id = $1";
  private static final String BY_KEY =
      "SELECT "
          + TRADE_COLUMNS
          + " FROM polymarket_trades WHERE account_id = $1 AND idempotency_key = $2";
  private static final String HOLDING =
      "SELECT shares, cost, realised_pnl, fees FROM polymarket_positions"
          + " WHERE account_id = $1 AND market = $2 AND outcome = $3";
  private static final String INSERT_TRADE =
      "INSERT INTO polymarket_trades ("
          + TRADE_COLUMNS
          + ", account_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,"
          + " $15, $16, $17, $18, $19, $20, $21, $22)";
  private static final String UPSERT_HOLDING =
      "INSERT INTO polymarket_positions (account_id, market, outcome, token_id, question, shares,"
          + " cost, realised_pnl, fees, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
          + " $10) ON CONFLICT (account_id, market, outcome) DO UPDATE SET shares = $6, cost = $7,"
          + " realised_pnl = $8, fees = $9, updated_at = $10, question = $5";
  private static final String SET_CASH =
      "UPDATE polymarket_accounts SET cash = $2 WHERE account_id = $1";
  private static final String HOLDINGS =
      "SELECT market, outcome, token_id, question, shares, cost, realised_pnl, fees"
          + " FROM polymarket_positions WHERE account_id = $1 ORDER BY market, outcome";
  private static final String RECENT =
      "SELECT "
          + TRADE_COLUMNS
          + " FROM polymarket_trades WHERE account_id = $1 ORDER BY seq DESC LIMIT $2";

  private final Pool pool;

  PolymarketLedger(Pool pool) {
    this.pool = pool;
  }

  /** The trade stored under this key, if any. */
  public Uni<Optional<PolymarketStoredTrade>> byKey(UUID accountId, String key) {
    return pool.preparedQuery(BY_KEY)
        .execute(Tuple.of(accountId, key))
        .map(rows -> first(rows).map(PolymarketLedger::stored));
  }

  /** A fill to write: the order, where and how it filled, and when. */
  public record Entry(
      PolymarketOrder order,
      PolymarketMarket market,
      int outcome,
      BookFill fill,
      Book book,
      String feeRule,
      String source,
      Instant executedAt) {}

  /**
   * Writes the fill as a trade, or answers the trade already stored under the order's key. Refuses
   * (409, nothing written) a fill the account's cash or shares do not cover.
   */
  public Uni<PolymarketStoredTrade> record(UUID accountId, BigDecimal startingCash, Entry entry) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(OPEN_ACCOUNT)
                .execute(Tuple.of(accountId, startingCash, utc(entry.executedAt())))
                .chain(() -> tx.preparedQuery(LOCK_ACCOUNT).execute(Tuple.of(accountId)))
                .chain(
                    locked -> {
                      BigDecimal cash = locked.iterator().next().getBigDecimal("cash");
                      return tx.preparedQuery(BY_KEY)
                          .execute(Tuple.of(accountId, entry.order().idempotencyKey()))
                          .chain(
                              existing ->
                                  first(existing)
                                      .map(row -> Uni.createFrom().item(stored(row)))
                                      .orElseGet(() -> write(tx, accountId, cash, entry)));
                    }));
  }

  private Uni<PolymarketStoredTrade> write(
      SqlClient tx, UUID accountId, BigDecimal cash, Entry entry) {
    PolymarketOrder order = entry.order();
    PolymarketMarket market = entry.market();
    BookFill fill = entry.fill();
    String name = market.outcomes().get(entry.outcome());
    String token = market.tokenIds().get(entry.outcome());
    return tx.preparedQuery(HOLDING)
        .execute(Tuple.of(accountId, market.conditionId(), name))
        .chain(
            rows -> {
              PolymarketHolding before =
                  first(rows).map(PolymarketLedger::holding).orElse(PolymarketHolding.NONE);
              PolymarketHolding after = before.after(order.side(), fill, cash);
              BigDecimal cashAfter = PolymarketHolding.cashAfter(order.side(), fill, cash);
              PolymarketTrade trade =
                  new PolymarketTrade(
                      UUID.randomUUID(),
                      order.idempotencyKey(),
                      market.conditionId(),
                      market.question(),
                      name,
                      token,
                      order.side().wire(),
                      "paper",
                      order.size(),
                      order.limitPrice(),
                      PolymarketTrade.status(fill),
                      fill.filledSize(),
                      fill.cancelledSize(),
                      fill.averagePrice(),
                      fill.notional(),
                      fill.fee(),
                      entry.feeRule(),
                      fill.levels(),
                      cashAfter,
                      entry.book().at(),
                      entry.executedAt(),
                      entry.source());
              return tx.preparedQuery(INSERT_TRADE)
                  .execute(insertion(trade, order.fingerprint(), accountId))
                  .chain(
                      () ->
                          tx.preparedQuery(UPSERT_HOLDING)
                              .execute(
                                  Tuple.from(
                                      new Object[] {
                                        accountId,
                                        market.conditionId(),
                                        name,
                                        token,
                                        market.question(),
                                        after.shares(),
                                        after.cost(),
                                        after.realisedPnl(),
                                        after.fees(),
                                        utc(entry.executedAt())
                                      })))
                  .chain(() -> tx.preparedQuery(SET_CASH).execute(Tuple.of(accountId, cashAfter)))
                  .map(done -> new PolymarketStoredTrade(trade, order.fingerprint(), false));
            });
  }

  /** The account's paper cash, {@code startingCash} before its first trade. */
  public Uni<BigDecimal> cash(UUID accountId, BigDecimal startingCash) {
    return pool.preparedQuery(CASH)
        .execute(Tuple.of(accountId))
        .map(rows -> first(rows).map(row -> row.getBigDecimal("cash")).orElse(startingCash));
  }

  /** Every outcome the account has traded, held or not; marks are the caller's. */
  public Uni<List<PolymarketPosition>> holdings(UUID accountId) {
    return pool.preparedQuery(HOLDINGS)
        .execute(Tuple.of(accountId))
        .map(
            rows -> {
              List<PolymarketPosition> held = new ArrayList<>();
              for (Row row : rows) {
                PolymarketHolding holding = holding(row);
                held.add(
                    new PolymarketPosition(
                        row.getString("market"),
                        row.getString("question"),
                        row.getString("outcome"),
                        row.getString("token_id"),
                        holding.shares(),
                        holding.averagePrice(),
                        holding.cost(),
                        null,
                        null,
                        null,
                        holding.realisedPnl(),
                        holding.fees()));
              }
              return held;
            });
  }

  /** The account's latest trades, newest first. */
  public Uni<List<PolymarketTrade>> recent(UUID accountId, int limit) {
    return pool.preparedQuery(RECENT)
        .execute(Tuple.of(accountId, limit))
        .map(
            rows -> {
              List<PolymarketTrade> trades = new ArrayList<>();
              rows.forEach(row -> trades.add(trade(row)));
              return trades;
            });
  }

  private static Tuple insertion(PolymarketTrade t, String fingerprint, UUID accountId) {
    JsonArray fills = new JsonArray();
    for (BookFill.Level level : t.fills()) {
      fills.add(
          new JsonObject()
              .put("price", level.price().toPlainString())
              .put("size", level.size().toPlainString())
              .put("fee", level.fee().toPlainString()));
    }
    return Tuple.from(
        new Object[] {
          t.id(),
          t.idempotencyKey(),
          fingerprint,
          t.market(),
          t.question(),
          t.outcome(),
          t.tokenId(),
          t.side(),
          t.size(),
          t.limitPrice(),
          t.filledSize(),
          t.cancelledSize(),
          t.averagePrice(),
          t.notional(),
          t.fee(),
          t.feeRule(),
          fills,
          t.cashAfter(),
          t.bookAt() == null ? null : utc(t.bookAt()),
          utc(t.executedAt()),
          t.source(),
          accountId
        });
  }

  static PolymarketTrade trade(Row row) {
    List<BookFill.Level> fills = new ArrayList<>();
    JsonArray stored = (JsonArray) row.getValue("fills");
    for (int i = 0; i < stored.size(); i++) {
      JsonObject level = stored.getJsonObject(i);
      fills.add(
          new BookFill.Level(
              new BigDecimal(level.getString("price")),
              new BigDecimal(level.getString("size")),
              new BigDecimal(level.getString("fee"))));
    }
    OffsetDateTime bookAt = row.getOffsetDateTime("book_at");
    return new PolymarketTrade(
        row.getUUID("id"),
        row.getString("idempotency_key"),
        row.getString("market"),
        row.getString("question"),
        row.getString("outcome"),
        row.getString("token_id"),
        row.getString("side"),
        "paper",
        row.getBigDecimal("size"),
        row.getBigDecimal("limit_price"),
        row.getBigDecimal("cancelled_size").signum() == 0 ? "filled" : "partially_filled",
        row.getBigDecimal("filled_size"),
        row.getBigDecimal("cancelled_size"),
        row.getBigDecimal("average_price"),
        row.getBigDecimal("notional"),
        row.getBigDecimal("fee"),
        row.getString("fee_rule"),
        List.copyOf(fills),
        row.getBigDecimal("cash_after"),
        bookAt == null ? null : bookAt.toInstant(),
        row.getOffsetDateTime("executed_at").toInstant(),
        row.getString("source"));
  }

  /** A trade already stored, with the fingerprint of the order that wrote it. */
  private static PolymarketStoredTrade stored(Row row) {
    return new PolymarketStoredTrade(trade(row), row.getString("fingerprint"), true);
  }

  private static PolymarketHolding holding(Row row) {
    return new PolymarketHolding(
        row.getBigDecimal("shares"),
        row.getBigDecimal("cost"),
        row.getBigDecimal("realised_pnl"),
        row.getBigDecimal("fees"));
  }

  private static Optional<Row> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
