package dev.vizzor.agent.repository;

import dev.vizzor.agent.domain.Position;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Agents' open positions; a buy opens one, a sell closes it. */
@ApplicationScoped
public class PositionRepository {
  private static final String OF_AGENT =
      "SELECT symbol, quantity, cost, opened_at"
          + " FROM agent_positions WHERE agent_id = $1 ORDER BY symbol";
  private static final String OPEN =
      "INSERT INTO agent_positions (agent_id, symbol, quantity, cost, opened_at)"
          + " VALUES ($1, $2, $3, $4, $5)";
  private static final String CLOSE =
      "DELETE FROM agent_positions WHERE agent_id = $1 AND symbol = $2";

  public Uni<Map<String, Position>> of(SqlClient client, UUID agentId) {
    return client
        .preparedQuery(OF_AGENT)
        .execute(Tuple.of(agentId))
        .map(
            rows -> {
              Map<String, Position> positions = new LinkedHashMap<>();
              rows.forEach(
                  row ->
                      positions.put(
                          row.getString("symbol"),
                          new Position(
                              row.getString("symbol"),
                              row.getBigDecimal("quantity"),
                              row.getBigDecimal("cost"),
                              Sql.instant(row.getOffsetDateTime("opened_at")))));
              return positions;
            });
  }

  public Uni<Void> open(SqlClient tx, UUID agentId, Position position) {
    return tx.preparedQuery(OPEN)
        .execute(
            Tuple.of(
                agentId,
                position.symbol(),
                position.quantity(),
                position.cost(),
                Sql.utc(position.openedAt())))
        .replaceWithVoid();
  }

  public Uni<Void> close(SqlClient tx, UUID agentId, String symbol) {
    return tx.preparedQuery(CLOSE).execute(Tuple.of(agentId, symbol)).replaceWithVoid();
  }
}
