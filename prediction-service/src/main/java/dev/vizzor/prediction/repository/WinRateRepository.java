package dev.vizzor.prediction.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.Outbox;
import dev.vizzor.prediction.domain.SignalView;
import dev.vizzor.prediction.domain.WinRateView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the signals whose time limit has passed and settles them: each label stored, the series'
 * win rate moved by exactly the labels this transaction stored (a signal settled before is not
 * counted again), and one {@code compute-winrate} event per series that changed, all in one
 * transaction with the kit's {@link Outbox}.
 */
@ApplicationScoped
public class WinRateRepository {
  /** A pending signal and its series' key. */
  public record Due(SignalView signal, String strategyKey) {}

  /** What became of a due signal: its label, or null when its candles never came (expired). */
  public record Settled(Due due, SignalView.Label label) {}

  private static final String DUE =
      "SELECT "
          + SignalRows.COLUMNS
          + " FROM signals WHERE symbol = $1 AND timeframe = $2 AND status = 'pending'"
          + " AND expires_at <= $3 ORDER BY expires_at, strategy_key";

  private static final String LABEL =
      "UPDATE signals SET status = 'labelled', exit = $2, exit_time = $3, exit_price = $4,"
          + " realized_return = $5, win = $6, labelled_at = now() WHERE id = $1 AND status ="
          + " 'pending'";

  private static final String EXPIRE =
      "UPDATE signals SET status = 'expired', labelled_at = now() WHERE id = $1 AND status ="
          + " 'pending'";

  private static final String COUNT =
      "INSERT INTO win_rates (symbol, timeframe, strategy_key, strategy_type, strategy_params,"
          + " wins, losses, last_exit) VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8)"
          + " ON CONFLICT (symbol, timeframe, strategy_key) DO UPDATE SET wins = win_rates.wins +"
          + " EXCLUDED.wins, losses = win_rates.losses + EXCLUDED.losses, last_exit ="
          + " greatest(win_rates.last_exit, EXCLUDED.last_exit) RETURNING wins, losses, last_exit";

  private final Pool pool;
  private final Outbox outbox;
  private final ObjectMapper json;

  WinRateRepository(Pool pool, Outbox outbox, ObjectMapper json) {
    this.pool = pool;
    this.outbox = outbox;
    this.json = json;
  }

  /** The pending signals of a symbol and timeframe whose time limit is at or before {@code now}. */
  public Uni<List<Due>> due(String symbol, String timeframe, Instant now) {
    return pool.preparedQuery(DUE)
        .execute(Tuple.of(symbol, timeframe, Timestamps.utc(now)))
        .map(
            rows -> {
              List<Due> due = new ArrayList<>();
              for (Row row : rows) {
                due.add(new Due(SignalRows.view(row, json), row.getString("strategy_key")));
              }
              return due;
            });
  }

  /** Stores {@code settled} with the caller's transaction; emits the win rates that changed. */
  public Uni<List<WinRateView>> settle(SqlClient client, List<Settled> settled) {
    return Multi.createFrom()
        .iterable(settled)
        .onItem()
        .transformToUniAndConcatenate(each -> store(client, each))
        .collect()
        .asList()
        .flatMap(stored -> count(client, stored));
  }

  /** The settlement if this transaction stored it, or null when it was settled before. */
  private Uni<Settled> store(SqlClient client, Settled settled) {
    UUID id = settled.due().signal().id();
    SignalView.Label label = settled.label();
    Uni<Integer> updated =
        label == null
            ? client.preparedQuery(EXPIRE).execute(Tuple.of(id)).map(rows -> rows.rowCount())
            : client
                .preparedQuery(LABEL)
                .execute(
                    Tuple.of(
                        id,
                        label.exit(),
                        Timestamps.utc(label.exitTime()),
                        label.exitPrice(),
                        label.realizedReturn(),
                        label.win()))
                .map(rows -> rows.rowCount());
    return updated.map(count -> count == 1 && label != null ? settled : null);
  }

  private Uni<List<WinRateView>> count(SqlClient client, List<Settled> stored) {
    Map<String, List<Settled>> bySeries = new LinkedHashMap<>();
    for (Settled each : stored) {
      if (each != null) {
        bySeries.computeIfAbsent(each.due().strategyKey(), key -> new ArrayList<>()).add(each);
      }
    }
    return Multi.createFrom()
        .iterable(bySeries.values())
        .onItem()
        .transformToUniAndConcatenate(labels -> countSeries(client, labels))
        .collect()
        .asList();
  }

  private Uni<WinRateView> countSeries(SqlClient client, List<Settled> labels) {
    SignalView first = labels.getFirst().due().signal();
    String key = labels.getFirst().due().strategyKey();
    int wins = (int) labels.stream().filter(s -> s.label().win()).count();
    Instant lastExit =
        labels.stream().map(s -> s.label().exitTime()).max(Instant::compareTo).orElseThrow();
    List<UUID> ids = labels.stream().map(s -> s.due().signal().id()).toList();
    return client
        .preparedQuery(COUNT)
        .execute(
            Tuple.from(
                new Object[] {
                  first.symbol(),
                  first.timeframe(),
                  key,
                  first.strategy().type(),
                  JsonColumns.write(json, first.strategy().params()),
                  wins,
                  labels.size() - wins,
                  Timestamps.utc(lastExit)
                }))
        .map(rows -> rows.iterator().next())
        .map(
            row ->
                WinRateView.of(
                    first.symbol(),
                    first.timeframe(),
                    first.strategy(),
                    row.getInteger("wins"),
                    row.getInteger("losses"),
                    Timestamps.instant(row, "last_exit"),
                    ids))
        .call(rate -> outbox.add(client, PipelineEvents.winRate(rate, key, json)));
  }
}
