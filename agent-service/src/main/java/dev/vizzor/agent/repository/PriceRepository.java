package dev.vizzor.agent.repository;

import dev.vizzor.agent.domain.PriceQuote;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last tick's price of each symbol. A symbol's ticks arrive in order (one partition), so the
 * last received is the newest; a replay restarted from an earlier time moves it back with it.
 */
@ApplicationScoped
public class PriceRepository {
  private static final String RECORD =
      "INSERT INTO latest_prices (symbol, price, as_of, source) VALUES ($1, $2, $3, $4)"
          + " ON CONFLICT (symbol) DO UPDATE SET price = excluded.price, as_of = excluded.as_of,"
          + " source = excluded.source";
  private static final String OF =
      "SELECT symbol, price, as_of, source FROM latest_prices WHERE symbol = ANY($1)";

  private final Pool pool;

  PriceRepository(Pool pool) {
    this.pool = pool;
  }

  public Uni<Void> record(PriceQuote quote) {
    return pool.preparedQuery(RECORD)
        .execute(Tuple.of(quote.symbol(), quote.price(), Sql.utc(quote.asOf()), quote.source()))
        .replaceWithVoid();
  }

  public Uni<Map<String, PriceQuote>> of(SqlClient client, Collection<String> symbols) {
    return client
        .preparedQuery(OF)
        .execute(Tuple.of(symbols.toArray(String[]::new)))
        .map(
            rows -> {
              Map<String, PriceQuote> quotes = new LinkedHashMap<>();
              rows.forEach(
                  row ->
                      quotes.put(
                          row.getString("symbol"),
                          new PriceQuote(
                              row.getString("symbol"),
                              row.getBigDecimal("price"),
                              Sql.instant(row.getOffsetDateTime("as_of")),
                              row.getString("source"))));
              return quotes;
            });
  }

  public Uni<Map<String, PriceQuote>> of(Collection<String> symbols) {
    return of(pool, symbols);
  }
}
