package dev.vizzor.prediction.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.chronovisor.Resolution;
import dev.vizzor.chronovisor.TierGates;
import dev.vizzor.chronovisor.TrackRecord;
import dev.vizzor.common.messaging.Outbox;
import dev.vizzor.prediction.domain.PredictionView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes predictions and their settlement, each with its event in the same transaction (the kit's
 * {@link Outbox}), and reads what the pipeline needs: runs, due rows, the record the gates use.
 */
@ApplicationScoped
public class PredictionRepository {
  private static final String INSERT =
      "INSERT INTO predictions (id, run_id, symbol, horizon, origin, emitted_at, resolves_at,"
          + " direction, prob_up, prob_down, prob_sideways, tier, margin, agreement, entry_price,"
          + " upper_price, lower_price, band_high, band_low, clim_up, clim_down, clim_sideways,"
          + " persistence, model_version, trained_from, trained_through, training_samples,"
          + " features, record_hits, record_misses) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
          + " $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25,"
          + " $26, $27, $28::text::jsonb, $29, $30) ON CONFLICT (id) DO NOTHING";

  /** The newest run, and how far its market time got (its latest emission). */
  public record RunState(long id, Instant marketStart, Instant latestEmission) {}

  private final Pool pool;
  private final Outbox outbox;
  private final ObjectMapper json;

  PredictionRepository(Pool pool, Outbox outbox, ObjectMapper json) {
    this.pool = pool;
    this.outbox = outbox;
    this.json = json;
  }

  public Uni<Optional<RunState>> latestRun() {
    return pool.query(
            "SELECT r.id, r.market_start, (SELECT max(emitted_at) FROM predictions p WHERE p.run_id"
                + " = r.id) AS latest FROM runs r ORDER BY r.id DESC LIMIT 1")
        .execute()
        .map(
            rows -> {
              if (rows.size() == 0) {
                return Optional.empty();
              }
              Row row = rows.iterator().next();
              return Optional.of(
                  new RunState(
                      row.getLong("id"),
                      Timestamps.instant(row, "market_start"),
                      Timestamps.instant(row, "latest")));
            });
  }

  /**
   * Starts a run at {@code marketStart}; what earlier runs left pending expires, since its candles
   * now belong to a history this market time will not reach in order.
   */
  public Uni<Long> startRun(Instant marketStart) {
    return pool.withTransaction(
        client ->
            client
                .preparedQuery("INSERT INTO runs (market_start) VALUES ($1) RETURNING id")
                .execute(Tuple.of(Timestamps.utc(marketStart)))
                .map(rows -> rows.iterator().next().getLong("id"))
                .flatMap(run -> expireEarlierRuns(client, run, marketStart).replaceWith(run)));
  }

  private Uni<Void> expireEarlierRuns(SqlClient client, long run, Instant marketStart) {
    return client
        .preparedQuery(
            "UPDATE predictions SET status = 'expired', settled_at = $2, expired_reason ="
                + " 'market time went back (a new run began) before its horizon ended'"
                + " WHERE status = 'pending' AND run_id < $1 RETURNING "
                + PredictionRows.COLUMNS)
        .execute(Tuple.of(run, Timestamps.utc(marketStart)))
        .flatMap(rows -> addSettledEvents(client, rows));
  }

  /** Stores a new prediction and its emitted event; false when it was stored before. */
  public Uni<Boolean> insert(PredictionView view, String requestId) {
    String features;
    try {
      features = json.writeValueAsString(view.features());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return pool.withTransaction(
        client ->
            client
                .preparedQuery(INSERT)
                .execute(PredictionRows.insertTuple(view, features))
                .flatMap(
                    rows ->
                        rows.rowCount() == 0
                            ? Uni.createFrom().item(false)
                            : outbox
                                .add(client, PredictionEvents.emitted(view, requestId, json))
                                .replaceWith(true)));
  }

  /** Pending predictions of {@code symbol} in {@code run} whose horizon ended by {@code at}. */
  public Uni<List<PredictionView>> pendingDue(long run, String symbol, Instant at) {
    return pool.preparedQuery(
            "SELECT "
                + PredictionRows.COLUMNS
                + " FROM predictions WHERE status = 'pending' AND run_id = $1 AND symbol = $2"
                + " AND resolves_at <= $3 ORDER BY resolves_at, horizon")
        .execute(Tuple.of(run, symbol, Timestamps.utc(at)))
        .map(this::views);
  }

  /** Records a resolution and its event; nothing when the row was settled already. */
  public Uni<Void> resolve(UUID id, Resolution resolution, Instant at) {
    return settle(
        "UPDATE predictions SET status = 'resolved', outcome = $2, realized = $3, outcome_if_up ="
            + " $4, outcome_if_down = $5, close_price = $6, settled_at = $7 WHERE id = $1 AND"
            + " status = 'pending' RETURNING "
            + PredictionRows.COLUMNS,
        Tuple.from(
            new Object[] {
              id,
              resolution.outcome().name(),
              resolution.realized().label(),
              resolution.outcomeIfUp().name(),
              resolution.outcomeIfDown().name(),
              resolution.close(),
              Timestamps.utc(at)
            }));
  }

  /** Expires a prediction whose candles are still missing at twice its horizon. */
  public Uni<Void> expire(UUID id, Instant at, String reason) {
    return settle(
        "UPDATE predictions SET status = 'expired', settled_at = $2, expired_reason = $3 WHERE id"
            + " = $1 AND status = 'pending' RETURNING "
            + PredictionRows.COLUMNS,
        Tuple.of(id, Timestamps.utc(at), reason));
  }

  private Uni<Void> settle(String update, Tuple arguments) {
    return pool.withTransaction(
        client ->
            client
                .preparedQuery(update)
                .execute(arguments)
                .flatMap(rows -> addSettledEvents(client, rows)));
  }

  private Uni<Void> addSettledEvents(SqlClient client, io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Row row : rows) {
      PredictionView view = PredictionRows.view(row, json);
      chain = chain.flatMap(ignored -> outbox.add(client, PredictionEvents.settled(view, json)));
    }
    return chain;
  }

  /**
   * The record {@link TierGates} reads at {@code at}: the last {@link TierGates#RECORD_WINDOW}
   * decided scheduled calls of this symbol and horizon in the run whose horizon ended by then.
   */
  public Uni<TrackRecord> record(long run, String symbol, String horizon, Instant at) {
    return pool.preparedQuery(
            "SELECT count(*) FILTER (WHERE outcome = 'HIT') AS hits, count(*) FILTER (WHERE"
                + " outcome = 'MISS') AS misses FROM (SELECT outcome FROM predictions WHERE run_id ="
                + " $1 AND symbol = $2 AND horizon = $3 AND origin = 'scheduled' AND status ="
                + " 'resolved' AND outcome IN ('HIT', 'MISS') AND resolves_at <= $4 ORDER BY"
                + " resolves_at DESC LIMIT $5) recent")
        .execute(Tuple.of(run, symbol, horizon, Timestamps.utc(at), TierGates.RECORD_WINDOW))
        .map(
            rows -> {
              Row row = rows.iterator().next();
              return new TrackRecord(row.getInteger("hits"), row.getInteger("misses"));
            });
  }

  private List<PredictionView> views(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
    List<PredictionView> views = new ArrayList<>();
    for (Row row : rows) {
      views.add(PredictionRows.view(row, json));
    }
    return views;
  }
}
