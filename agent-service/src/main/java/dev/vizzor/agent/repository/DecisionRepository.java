package dev.vizzor.agent.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.domain.DecisionView;
import dev.vizzor.common.paging.PageCursor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Agents' decisions, halts and resumes; the cursor of a page is (recorded at, id). */
@ApplicationScoped
public class DecisionRepository {
  private static final String INSERT =
      "INSERT INTO agent_decisions (id, agent_id, action, symbol, price, reason, inputs, trade_id,"
          + " market_time, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9,"
          + " $10)";
  private static final String PAGE =
      "SELECT d.id, d.agent_id, a.name, a.account_id, d.action, d.symbol, d.price, d.reason,"
          + " d.inputs::text AS inputs, d.trade_id, d.market_time, d.recorded_at"
          + " FROM agent_decisions d JOIN agents a ON a.id = d.agent_id WHERE d.agent_id = $1"
          + " AND ($2::timestamptz IS NULL OR (d.recorded_at, d.id) < ($2, $3))"
          + " ORDER BY d.recorded_at DESC, d.id DESC LIMIT $4";

  private final Pool pool;
  private final ObjectMapper json;

  DecisionRepository(Pool pool, ObjectMapper json) {
    this.pool = pool;
    this.json = json;
  }

  public Uni<Void> add(SqlClient tx, DecisionView decision) {
    try {
      return tx.preparedQuery(INSERT)
          .execute(
              Tuple.from(
                  new Object[] {
                    decision.id(),
                    decision.agentId(),
                    decision.action(),
                    decision.symbol(),
                    decision.price(),
                    decision.reason(),
                    json.writeValueAsString(decision.inputs()),
                    decision.tradeId(),
                    Sql.utc(decision.marketTime()),
                    Sql.utc(decision.recordedAt())
                  }))
          .replaceWithVoid();
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(e);
    }
  }

  /** Newest first. */
  public Uni<List<DecisionView>> page(UUID agentId, PageCursor after, int limit) {
    return pool.preparedQuery(PAGE)
        .execute(
            Tuple.of(
                agentId,
                after == null ? null : Sql.utc(after.at()),
                after == null ? null : after.id(),
                limit))
        .map(
            rows -> {
              List<DecisionView> page = new ArrayList<>();
              rows.forEach(
                  row -> {
                    try {
                      page.add(
                          new DecisionView(
                              row.getUUID("id"),
                              row.getUUID("agent_id"),
                              row.getString("name"),
                              row.getUUID("account_id"),
                              row.getString("action"),
                              row.getString("symbol"),
                              row.getBigDecimal("price"),
                              row.getString("reason"),
                              json.readTree(row.getString("inputs")),
                              row.getUUID("trade_id"),
                              Sql.instant(row.getOffsetDateTime("market_time")),
                              Sql.instant(row.getOffsetDateTime("recorded_at"))));
                    } catch (JsonProcessingException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
              return page;
            });
  }
}
