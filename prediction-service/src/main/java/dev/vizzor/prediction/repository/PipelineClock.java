package dev.vizzor.prediction.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * How far each symbol's market time got, as {@code ingest-indicators} events reported it: the close
 * of the newest candle seen. It only moves forward, except that a replay starting over (market time
 * going back by more than a day) starts it again.
 */
@ApplicationScoped
public class PipelineClock {
  private static final String ADVANCE =
      "INSERT INTO pipeline_clock (symbol, last_close) VALUES ($1, $2) ON CONFLICT (symbol) DO"
          + " UPDATE SET last_close = EXCLUDED.last_close WHERE pipeline_clock.last_close <"
          + " EXCLUDED.last_close OR pipeline_clock.last_close > EXCLUDED.last_close + interval"
          + " '1 day'";

  private final Pool pool;

  PipelineClock(Pool pool) {
    this.pool = pool;
  }

  public Uni<Void> advance(String symbol, Instant close) {
    return pool.preparedQuery(ADVANCE)
        .execute(Tuple.of(symbol, Timestamps.utc(close)))
        .replaceWithVoid();
  }

  public Uni<Optional<Instant>> last(String symbol) {
    return pool.preparedQuery("SELECT last_close FROM pipeline_clock WHERE symbol = $1")
        .execute(Tuple.of(symbol))
        .map(
            rows ->
                rows.size() == 0
                    ? Optional.empty()
                    : Optional.of(Timestamps.instant(rows.iterator().next(), "last_close")));
  }
}
