package dev.vizzor.agent.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.domain.DecisionView;
import dev.vizzor.agent.domain.Halt;
import dev.vizzor.agent.domain.TradeView;
import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.Outbox;
import dev.vizzor.common.messaging.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The agents' events, each added to the outbox in the transaction that made it
 * (docs/asyncapi.yaml): decisions and fills keyed by agent, so one agent's events keep their order;
 * emergency stops on {@code vizzor.agents.control}, which every replica reads.
 */
@ApplicationScoped
public class AgentEvents {
  public static final String DECISIONS = "vizzor.agents.decisions";
  public static final String TRADES = "vizzor.agents.trades";
  public static final String CONTROL = "vizzor.agents.control";

  private final Outbox outbox;
  private final ObjectMapper json;

  AgentEvents(Outbox outbox, ObjectMapper json) {
    this.outbox = outbox;
    this.json = json;
  }

  public Uni<Void> decision(SqlClient tx, DecisionView decision) {
    return add(
        tx,
        decision.id(),
        DECISIONS,
        decision.agentId().toString(),
        "dev.vizzor.agent.decision.v1",
        decision.id().toString(),
        decision.recordedAt(),
        decision);
  }

  public Uni<Void> trade(SqlClient tx, TradeView trade) {
    return add(
        tx,
        trade.id(),
        TRADES,
        trade.agentId().toString(),
        "dev.vizzor.agent.trade.v1",
        trade.id().toString(),
        trade.recordedAt(),
        trade);
  }

  /** A stop pulled or lifted: the halt as it now stands ({@code liftedAt} set once lifted). */
  public Uni<Void> control(SqlClient tx, Halt halt) {
    return add(
        tx,
        CloudEvents.stableId(
            "agents-control", halt.id().toString(), halt.active() ? "halt" : "resume"),
        CONTROL,
        halt.accountId() == null ? "all" : halt.accountId().toString(),
        halt.active() ? "dev.vizzor.agent.halted.v1" : "dev.vizzor.agent.resumed.v1",
        halt.id().toString(),
        halt.active() ? halt.haltedAt() : halt.liftedAt(),
        halt);
  }

  private Uni<Void> add(
      SqlClient tx,
      java.util.UUID id,
      String topic,
      String key,
      String type,
      String subject,
      Instant time,
      Object body) {
    try {
      return outbox.add(
          tx,
          new OutgoingEvent(
              id, topic, key, type, subject, time, null, json.writeValueAsString(body)));
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(e);
    }
  }
}
