package dev.vizzor.agent.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.domain.Agent;
import dev.vizzor.agent.domain.AgentStatus;
import dev.vizzor.agent.domain.Cadence;
import dev.vizzor.agent.domain.NewAgent;
import dev.vizzor.agent.domain.RiskLimits;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Agents, read and changed through their owning account except by the trading engine. */
@ApplicationScoped
public class AgentRepository {
  static final String COLUMNS =
      "id, account_id, name, strategy_type, strategy_params::text AS strategy_params, symbols,"
          + " interval_seconds, capital, risk::text AS risk, status, cash, last_decision_at,"
          + " created_at, updated_at";

  /** One account's creations queue on a lock of their own, so the cap cannot be overrun. */
  private static final String LOCK_ACCOUNT =
      "SELECT pg_advisory_xact_lock(hashtextextended($1::text, 15))";

  private static final String COUNT = "SELECT count(*) AS n FROM agents WHERE account_id = $1";
  private static final String INSERT =
      "INSERT INTO agents (id, account_id, name, strategy_type, strategy_params, symbols,"
          + " interval_seconds, capital, risk, status, cash, created_at, updated_at)"
          + " VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9::text::jsonb, 'created', $8,"
          + " $10, $10) ON CONFLICT (account_id, name) DO NOTHING RETURNING "
          + COLUMNS;
  private static final String BY_NAME =
      "SELECT " + COLUMNS + " FROM agents WHERE account_id = $1 AND name = $2";
  private static final String OF_ACCOUNT =
      "SELECT " + COLUMNS + " FROM agents WHERE account_id = $1 ORDER BY created_at, name";
  private static final String SET_STATUS =
      "UPDATE agents SET status = $3, updated_at = $4 WHERE account_id = $1 AND name = $2"
          + " RETURNING "
          + COLUMNS;
  private static final String RUNNING_ON =
      "SELECT " + COLUMNS + " FROM agents WHERE status = 'running' AND symbols @> ARRAY[$1]";
  private static final String DECIDED_ON =
      "SELECT agent_id, last_decision_at FROM agent_symbol_decisions WHERE symbol = $1"
          + " AND agent_id = ANY($2)";
  private static final String DECIDED_ON_ONE =
      "SELECT last_decision_at FROM agent_symbol_decisions WHERE agent_id = $1 AND symbol = $2";
  private static final String DECIDED_SYMBOL =
      "INSERT INTO agent_symbol_decisions (agent_id, symbol, last_decision_at) VALUES ($1, $2, $3)"
          + " ON CONFLICT (agent_id, symbol) DO UPDATE SET last_decision_at = excluded.last_decision_at";
  private static final String LOCK = "SELECT " + COLUMNS + " FROM agents WHERE id = $1 FOR UPDATE";
  private static final String LOCK_OF_ACCOUNT =
      "SELECT " + COLUMNS + " FROM agents WHERE account_id = $1 ORDER BY id FOR UPDATE";
  private static final String LOCK_EVERY =
      "SELECT " + COLUMNS + " FROM agents ORDER BY id FOR UPDATE";
  private static final String DECIDED =
      "UPDATE agents SET cash = $2, last_decision_at = coalesce($3, last_decision_at),"
          + " updated_at = $4 WHERE id = $1";

  private final Pool pool;
  private final ObjectMapper json;

  AgentRepository(Pool pool, ObjectMapper json) {
    this.pool = pool;
    this.json = json;
  }

  /**
   * The stored agent; empty when the account already holds an agent of that name. {@code full} is
   * true when the account holds {@code cap} agents (then nothing is written).
   */
  public record Created(Optional<Agent> agent, boolean full) {}

  public Uni<Created> create(UUID accountId, NewAgent agent, int cap, Instant now) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(LOCK_ACCOUNT)
                .execute(Tuple.of(accountId.toString()))
                .chain(() -> tx.preparedQuery(COUNT).execute(Tuple.of(accountId)))
                .chain(
                    counted ->
                        counted.iterator().next().getLong("n") >= cap
                            ? Uni.createFrom().item(new Created(Optional.empty(), true))
                            : insert(tx, accountId, agent, now)
                                .map(stored -> new Created(stored, false))));
  }

  private Uni<Optional<Agent>> insert(SqlClient tx, UUID accountId, NewAgent agent, Instant now) {
    return tx.preparedQuery(INSERT)
        .execute(
            Tuple.from(
                new Object[] {
                  UUID.randomUUID(),
                  accountId,
                  agent.name(),
                  agent.strategy().type(),
                  write(agent.strategy().params()),
                  agent.symbols().toArray(String[]::new),
                  agent.cadence().onCandle() ? null : agent.cadence().interval().toSeconds(),
                  agent.capital(),
                  write(agent.risk()),
                  Sql.utc(now)
                }))
        .map(this::first);
  }

  public Uni<Optional<Agent>> byName(UUID accountId, String name) {
    return pool.preparedQuery(BY_NAME).execute(Tuple.of(accountId, name)).map(this::first);
  }

  public Uni<List<Agent>> ofAccount(UUID accountId) {
    return pool.preparedQuery(OF_ACCOUNT).execute(Tuple.of(accountId)).map(this::all);
  }

  public Uni<Optional<Agent>> setStatus(
      UUID accountId, String name, AgentStatus status, Instant now) {
    return pool.preparedQuery(SET_STATUS)
        .execute(Tuple.of(accountId, name, status.wire(), Sql.utc(now)))
        .map(this::first);
  }

  /** The running agents that trade {@code symbol}. */
  public Uni<List<Agent>> runningOn(String symbol) {
    return pool.preparedQuery(RUNNING_ON).execute(Tuple.of(symbol)).map(this::all);
  }

  /** When each of {@code agents}' strategies last decided on {@code symbol} (absent: never). */
  public Uni<Map<UUID, Instant>> decidedOn(String symbol, List<UUID> agents) {
    return pool.preparedQuery(DECIDED_ON)
        .execute(Tuple.of(symbol, agents.toArray(UUID[]::new)))
        .map(
            rows -> {
              Map<UUID, Instant> decided = new HashMap<>();
              rows.forEach(
                  row ->
                      decided.put(
                          row.getUUID("agent_id"),
                          Sql.instant(row.getOffsetDateTime("last_decision_at"))));
              return decided;
            });
  }

  /** The same for one agent, read under its lock. */
  public Uni<Optional<Instant>> decidedOn(SqlClient tx, UUID agentId, String symbol) {
    return tx.preparedQuery(DECIDED_ON_ONE)
        .execute(Tuple.of(agentId, symbol))
        .map(
            rows ->
                rows.iterator().hasNext()
                    ? Optional.of(
                        Sql.instant(rows.iterator().next().getOffsetDateTime("last_decision_at")))
                    : Optional.empty());
  }

  /** The agent, locked for its decision until {@code tx} ends. */
  public Uni<Optional<Agent>> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(id)).map(this::first);
  }

  /**
   * Locks every agent of {@code accountId} (null: of every account), so an emergency stop waits for
   * the decisions already under way and every later one sees it.
   */
  public Uni<List<Agent>> lockCovered(SqlClient tx, UUID accountId) {
    return (accountId == null
            ? tx.preparedQuery(LOCK_EVERY).execute()
            : tx.preparedQuery(LOCK_OF_ACCOUNT).execute(Tuple.of(accountId)))
        .map(this::all);
  }

  /**
   * Cash after a decision; {@code decidedAt} (market time) only for a strategy's decision, on
   * {@code symbol}.
   */
  public Uni<Void> decided(
      SqlClient tx, UUID id, String symbol, BigDecimal cash, Instant decidedAt, Instant now) {
    Uni<Void> agent =
        tx.preparedQuery(DECIDED)
            .execute(Tuple.of(id, cash, Sql.utc(decidedAt), Sql.utc(now)))
            .replaceWithVoid();
    return decidedAt == null
        ? agent
        : agent.chain(
            () ->
                tx.preparedQuery(DECIDED_SYMBOL)
                    .execute(Tuple.of(id, symbol, Sql.utc(decidedAt)))
                    .replaceWithVoid());
  }

  private Optional<Agent> first(RowSet<Row> rows) {
    return rows.iterator().hasNext()
        ? Optional.of(agent(rows.iterator().next()))
        : Optional.empty();
  }

  private List<Agent> all(RowSet<Row> rows) {
    List<Agent> agents = new ArrayList<>();
    rows.forEach(row -> agents.add(agent(row)));
    return agents;
  }

  private Agent agent(Row row) {
    Long interval = row.getLong("interval_seconds");
    return new Agent(
        row.getUUID("id"),
        row.getUUID("account_id"),
        row.getString("name"),
        row.getString("strategy_type"),
        read(row.getString("strategy_params"), new TypeReference<Map<String, Object>>() {}),
        Arrays.asList(row.getArrayOfStrings("symbols")),
        interval == null ? Cadence.ON_CANDLE : new Cadence(Duration.ofSeconds(interval)),
        row.getBigDecimal("capital"),
        read(row.getString("risk"), new TypeReference<RiskLimits>() {}),
        AgentStatus.of(row.getString("status")),
        row.getBigDecimal("cash"),
        Sql.instant(row.getOffsetDateTime("last_decision_at")),
        Sql.instant(row.getOffsetDateTime("created_at")),
        Sql.instant(row.getOffsetDateTime("updated_at")));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(String value, TypeReference<T> type) {
    try {
      return json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
