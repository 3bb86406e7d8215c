package dev.vizzor.prediction.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.Outbox;
import dev.vizzor.prediction.domain.SignalView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stores signals, each new one with its {@code compute-signals} event in the same transaction (the
 * kit's {@link Outbox}); a signal already stored (same series and candle) is left as it is and
 * publishes nothing again.
 */
@ApplicationScoped
public class SignalRepository {
  /** A signal to store, with what the row keeps besides its view. */
  public record NewSignal(SignalView view, String strategyKey, Instant expiresAt) {}

  private final Pool pool;
  private final Outbox outbox;
  private final ObjectMapper json;

  SignalRepository(Pool pool, Outbox outbox, ObjectMapper json) {
    this.pool = pool;
    this.outbox = outbox;
    this.json = json;
  }

  /** Stores {@code signals} in their own transaction; emits how many were new. */
  public Uni<Integer> store(List<NewSignal> signals) {
    return pool.withTransaction(client -> store(client, signals));
  }

  /** Stores {@code signals} with the caller's transaction; emits how many were new. */
  public Uni<Integer> store(SqlClient client, List<NewSignal> signals) {
    return Multi.createFrom()
        .iterable(signals)
        .onItem()
        .transformToUniAndConcatenate(signal -> insert(client, signal))
        .collect()
        .with(Collectors.summingInt(inserted -> inserted ? 1 : 0));
  }

  private Uni<Boolean> insert(SqlClient client, NewSignal signal) {
    return client
        .preparedQuery(SignalRows.INSERT)
        .execute(SignalRows.insert(signal.view(), signal.strategyKey(), signal.expiresAt(), json))
        .flatMap(
            rows ->
                rows.rowCount() == 1
                    ? outbox
                        .add(client, PipelineEvents.signal(signal.view(), json))
                        .replaceWith(true)
                    : Uni.createFrom().item(false));
  }

  /** The latest signal of each series of {@code symbols} a usable watcher watches now. */
  public Uni<List<Latest>> latest(List<String> symbols, String userId) {
    return pool.preparedQuery(LATEST)
        .execute(Tuple.of(symbols.toArray(String[]::new), userId))
        .map(
            rows ->
                rows.stream()
                    .map(
                        row ->
                            new Latest(
                                SignalRows.view(row, json),
                                row.getString("strategy_key"),
                                row.getInteger("wins"),
                                row.getInteger("losses"),
                                Timestamps.instant(row, "last_exit")))
                    .toList());
  }

  /** A series' latest signal with its win-rate counts (null before any signal was labelled). */
  public record Latest(
      SignalView signal, String strategyKey, Integer wins, Integer losses, Instant lastExit) {}

  private static final String LATEST =
      "SELECT l.*, w.wins, w.losses, w.last_exit FROM (SELECT DISTINCT ON (symbol, timeframe,"
          + " strategy_key) "
          + SignalRows.COLUMNS
          + " FROM signals s WHERE symbol = ANY($1) AND EXISTS (SELECT 1 FROM watchers x WHERE"
          + " x.symbol = s.symbol AND x.timeframe = s.timeframe AND x.strategy_key ="
          + " s.strategy_key AND x.watching AND x.problem IS NULL AND ($2::text IS NULL OR"
          + " x.user_id = $2)) ORDER BY symbol, timeframe, strategy_key, candle_time DESC) l"
          + " LEFT JOIN win_rates w USING (symbol, timeframe, strategy_key)"
          + " ORDER BY l.symbol, l.timeframe, l.strategy_key";
}
