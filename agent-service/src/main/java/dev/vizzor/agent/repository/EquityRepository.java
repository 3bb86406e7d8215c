package dev.vizzor.agent.repository;

import dev.vizzor.agent.domain.EquityPoint;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Agents' equity after each decision; two decisions at one market time keep the later. */
@ApplicationScoped
public class EquityRepository {
  private static final String RECORD =
      "INSERT INTO agent_equity (agent_id, market_time, cash, positions_value, equity)"
          + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (agent_id, market_time) DO UPDATE SET"
          + " cash = excluded.cash, positions_value = excluded.positions_value,"
          + " equity = excluded.equity";
  private static final String CURVE =
      "SELECT market_time, cash, positions_value, equity FROM agent_equity WHERE agent_id = $1"
          + " ORDER BY market_time";
  private static final String BEFORE =
      "SELECT equity FROM agent_equity WHERE agent_id = $1 AND market_time < $2"
          + " ORDER BY market_time DESC LIMIT 1";
  private static final String PEAK =
      "SELECT max(equity) AS peak FROM agent_equity WHERE agent_id = $1";

  public Uni<Void> record(SqlClient tx, UUID agentId, EquityPoint point) {
    return tx.preparedQuery(RECORD)
        .execute(
            Tuple.of(
                agentId,
                Sql.utc(point.marketTime()),
                point.cash(),
                point.positionsValue(),
                point.equity()))
        .replaceWithVoid();
  }

  /** Oldest first. */
  public Uni<List<EquityPoint>> curve(SqlClient client, UUID agentId) {
    return client
        .preparedQuery(CURVE)
        .execute(Tuple.of(agentId))
        .map(
            rows -> {
              List<EquityPoint> points = new ArrayList<>();
              rows.forEach(
                  row ->
                      points.add(
                          new EquityPoint(
                              Sql.instant(row.getOffsetDateTime("market_time")),
                              row.getBigDecimal("cash"),
                              row.getBigDecimal("positions_value"),
                              row.getBigDecimal("equity"))));
              return points;
            });
  }

  /** The last equity recorded before {@code time}. */
  public Uni<Optional<BigDecimal>> before(SqlClient tx, UUID agentId, Instant time) {
    return tx.preparedQuery(BEFORE)
        .execute(Tuple.of(agentId, Sql.utc(time)))
        .map(
            rows ->
                rows.iterator().hasNext()
                    ? Optional.of(rows.iterator().next().getBigDecimal("equity"))
                    : Optional.empty());
  }

  public Uni<Optional<BigDecimal>> peak(SqlClient tx, UUID agentId) {
    return tx.preparedQuery(PEAK)
        .execute(Tuple.of(agentId))
        .map(rows -> Optional.ofNullable(rows.iterator().next().getBigDecimal("peak")));
  }
}
