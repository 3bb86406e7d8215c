package dev.vizzor.prediction.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.chronovisor.Direction;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.chronovisor.Outcome;
import dev.vizzor.chronovisor.Probabilities;
import dev.vizzor.chronovisor.Scored;
import dev.vizzor.chronovisor.Status;
import dev.vizzor.chronovisor.Tier;
import dev.vizzor.common.paging.PageCursor;
import dev.vizzor.prediction.domain.PredictionFilter;
import dev.vizzor.prediction.domain.PredictionView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the API reads: predictions by filter and page, the rows the accuracy report scores. */
@ApplicationScoped
public class PredictionQueries {
  public record Page(List<PredictionView> items, Optional<PageCursor> next) {}

  private final Pool pool;
  private final ObjectMapper json;

  PredictionQueries(Pool pool, ObjectMapper json) {
    this.pool = pool;
    this.json = json;
  }

  /** Newest first (by when each was made), {@code limit} at most, after {@code cursor}. */
  public Uni<Page> list(PredictionFilter filter, int limit, PageCursor cursor) {
    Conditions where = conditions(filter);
    if (cursor != null) {
      where.add(
          "(created_at, id) < ($" + (where.size() + 1) + ", $" + (where.size() + 2) + ")",
          Timestamps.utc(cursor.at()),
          cursor.id());
    }
    String sql =
        "SELECT "
            + PredictionRows.COLUMNS
            + ", created_at FROM predictions"
            + where.sql()
            + " ORDER BY created_at DESC, id DESC LIMIT "
            + (limit + 1);
    return pool.preparedQuery(sql)
        .execute(where.tuple())
        .map(
            rows -> {
              List<PredictionView> items = new ArrayList<>();
              PageCursor last = null;
              for (Row row : rows) {
                if (items.size() == limit) {
                  return new Page(items, Optional.of(last));
                }
                items.add(PredictionRows.view(row, json));
                last = new PageCursor(Timestamps.instant(row, "created_at"), row.getUUID("id"));
              }
              return new Page(items, Optional.empty());
            });
  }

  /** The latest scheduled prediction of {@code symbol} for {@code horizon}, newest run first. */
  public Uni<Optional<PredictionView>> latest(String symbol, String horizon) {
    return pool.preparedQuery(
            "SELECT "
                + PredictionRows.COLUMNS
                + " FROM predictions WHERE symbol = $1 AND horizon = $2 AND origin = 'scheduled'"
                + " ORDER BY run_id DESC, emitted_at DESC LIMIT 1")
        .execute(Tuple.of(symbol, horizon))
        .map(rows -> first(rows));
  }

  public Uni<Optional<PredictionView>> byId(UUID id) {
    return pool.preparedQuery(
            "SELECT " + PredictionRows.COLUMNS + " FROM predictions WHERE id = $1")
        .execute(Tuple.of(id))
        .map(this::first);
  }

  /** True when any prediction of {@code symbol} was ever stored. */
  public Uni<Boolean> known(String symbol) {
    return pool.preparedQuery(
            "SELECT EXISTS (SELECT 1 FROM predictions WHERE symbol = $1) AS known")
        .execute(Tuple.of(symbol))
        .map(rows -> rows.iterator().next().getBoolean("known"));
  }

  /** The rows {@link dev.vizzor.chronovisor.AccuracyReport} scores, by {@code filter}. */
  public Uni<List<Scored>> scored(PredictionFilter filter) {
    Conditions where = conditions(filter);
    return pool.preparedQuery(
            "SELECT symbol, horizon, tier, origin, direction, prob_up, prob_down, prob_sideways,"
                + " clim_up, clim_down, clim_sideways, persistence, status, outcome, realized,"
                + " outcome_if_up, outcome_if_down FROM predictions"
                + where.sql())
        .execute(where.tuple())
        .map(
            rows -> {
              List<Scored> scored = new ArrayList<>();
              for (Row row : rows) {
                scored.add(scored(row));
              }
              return scored;
            });
  }

  /** Pending count, latest emission and latest settlement (market time) of a run. */
  public record Activity(long pending, Instant lastEmission, Instant lastSettlement) {}

  public Uni<Activity> activity(long run) {
    return pool.preparedQuery(
            "SELECT count(*) FILTER (WHERE status = 'pending') AS pending, max(emitted_at) FILTER"
                + " (WHERE origin = 'scheduled') AS last_emission, max(settled_at) AS last_settlement"
                + " FROM predictions WHERE run_id = $1")
        .execute(Tuple.of(run))
        .map(
            rows -> {
              Row row = rows.iterator().next();
              return new Activity(
                  row.getLong("pending"),
                  Timestamps.instant(row, "last_emission"),
                  Timestamps.instant(row, "last_settlement"));
            });
  }

  private static Scored scored(Row row) {
    String outcome = row.getString("outcome");
    String realized = row.getString("realized");
    return new Scored(
        row.getString("symbol"),
        Horizon.parse(row.getString("horizon")).orElseThrow(),
        Tier.parse(row.getString("tier")).orElseThrow(),
        "on-demand".equals(row.getString("origin")),
        Direction.parse(row.getString("direction")),
        new Probabilities(
            row.getDouble("prob_up"), row.getDouble("prob_down"), row.getDouble("prob_sideways")),
        new Probabilities(
            row.getDouble("clim_up"), row.getDouble("clim_down"), row.getDouble("clim_sideways")),
        Direction.parse(row.getString("persistence")),
        Status.parse(row.getString("status")),
        outcome == null ? null : Outcome.valueOf(outcome),
        realized == null ? null : Direction.parse(realized),
        row.getString("outcome_if_up") == null
            ? null
            : Outcome.valueOf(row.getString("outcome_if_up")),
        row.getString("outcome_if_down") == null
            ? null
            : Outcome.valueOf(row.getString("outcome_if_down")));
  }

  private Optional<PredictionView> first(RowSet<Row> rows) {
    return rows.size() == 0
        ? Optional.empty()
        : Optional.of(PredictionRows.view(rows.iterator().next(), json));
  }

  private static Conditions conditions(PredictionFilter filter) {
    Conditions where = new Conditions();
    where.addIf(filter.symbol(), "symbol");
    where.addIf(filter.horizon(), "horizon");
    where.addIf(filter.tier(), "tier");
    where.addIf(filter.status(), "status");
    where.addIf(filter.origin(), "origin");
    if (filter.from() != null) {
      where.add("emitted_at >= $" + (where.size() + 1), Timestamps.utc(filter.from()));
    }
    if (filter.to() != null) {
      where.add("emitted_at < $" + (where.size() + 1), Timestamps.utc(filter.to()));
    }
    if (filter.run() != null) {
      where.add("run_id = $" + (where.size() + 1), filter.run());
    }
    return where;
  }

  /** A WHERE clause built from bound parameters only. */
  private static final class Conditions {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    void addIf(String value, String column) {
      if (value != null) {
        add(column + " = $" + (values.size() + 1), value);
      }
    }

    void add(String clause, Object... parameters) {
      clauses.add(clause);
      values.addAll(List.of(parameters));
    }

    int size() {
      return values.size();
    }

    String sql() {
      return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    Tuple tuple() {
      return Tuple.from(values);
    }
  }
}
