package dev.vizzor.agent.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.domain.Action;
import dev.vizzor.agent.domain.Agent;
import dev.vizzor.agent.domain.DecisionView;
import dev.vizzor.agent.domain.Halt;
import dev.vizzor.agent.repository.AgentEvents;
import dev.vizzor.agent.repository.AgentRepository;
import dev.vizzor.agent.repository.DecisionRepository;
import dev.vizzor.agent.repository.HaltRepository;
import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.OutboxRelay;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The emergency stop (docs/AGENTS.md, "Emergency stop"). Pulling one stores it and locks every
 * agent it covers in one transaction, so it waits for the decisions under way and every later
 * decision, which locks its agent before reading the stops, sees it: no fill is made after the
 * answer. The stop then reaches every replica over {@code vizzor.agents.control}, whose view lets
 * the engine skip covered agents without asking the database.
 */
@ApplicationScoped
public class Halts {
  private static final Logger LOG = Logger.getLogger(Halts.class);
  public static final String OPERATOR = "operator";

  private final Pool pool;
  private final HaltRepository halts;
  private final AgentRepository agents;
  private final DecisionRepository decisions;
  private final AgentEvents events;
  private final OutboxRelay relay;
  private final ObjectMapper json;
  private final Clock clock;

  /** This replica's view: the active stops by id. */
  private final Map<UUID, Halt> active = new ConcurrentHashMap<>();

  Halts(
      Pool pool,
      HaltRepository halts,
      AgentRepository agents,
      DecisionRepository decisions,
      AgentEvents events,
      OutboxRelay relay,
      ObjectMapper json,
      Clock clock) {
    this.pool = pool;
    this.halts = halts;
    this.agents = agents;
    this.decisions = decisions;
    this.events = events;
    this.relay = relay;
    this.json = json;
    this.clock = clock;
  }

  void load(@Observes StartupEvent start) {
    halts.active().await().atMost(Duration.ofSeconds(30)).forEach(this::apply);
    LOG.infof("emergency stops active at start: %d", active.size());
  }

  /** Whether this replica knows of a stop covering {@code accountId}. */
  public boolean covers(UUID accountId) {
    return active.values().stream().anyMatch(h -> h.covers(accountId));
  }

  /** A stop as {@code vizzor.agents.control} announced it. */
  public void apply(Halt halt) {
    if (halt.active()) {
      active.put(halt.id(), halt);
    } else {
      active.remove(halt.id());
    }
  }

  /** This replica's view, for operators checking that a stop has reached it. */
  public Set<UUID> activeIds() {
    return Set.copyOf(active.keySet());
  }

  /**
   * Stops every agent of {@code accountId} (null: of every account); pulling a stop that is already
   * on answers it unchanged.
   */
  public Uni<Halt> pull(UUID accountId, String reason, String by) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return pool.withTransaction(
            tx ->
                halts
                    .activeOfScope(tx, accountId)
                    .chain(
                        existing ->
                            existing.isPresent()
                                ? agents.lockCovered(tx, accountId).replaceWith(existing.get())
                                : halts
                                    .pull(tx, accountId, reason, by, now)
                                    .call(halt -> announce(tx, halt, Action.HALT, now))))
        .invoke(this::applied);
  }

  /** Lifts the stop of exactly this scope; empty when none was on. */
  public Uni<Optional<Halt>> lift(UUID accountId, String by) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return pool.withTransaction(
            tx ->
                halts
                    .lift(tx, accountId, by, now)
                    .call(
                        lifted ->
                            lifted.isEmpty()
                                ? Uni.createFrom().voidItem()
                                : announce(tx, lifted.get(), Action.RESUME, now)))
        .invoke(lifted -> lifted.ifPresent(this::applied));
  }

  /** Every active stop, from the database. */
  public Uni<List<Halt>> active() {
    return halts.active();
  }

  public Uni<List<Halt>> activeFor(UUID accountId) {
    return halts.activeFor(accountId);
  }

  private void applied(Halt halt) {
    apply(halt);
    relay.nudge();
    LOG.infof(
        "emergency stop %s %s (scope %s, by %s): %s",
        halt.id(),
        halt.active() ? "pulled" : "lifted",
        halt.accountId() == null ? "every account" : halt.accountId(),
        halt.active() ? halt.pulledBy() : halt.liftedBy(),
        halt.reason());
  }

  /** The stop on the control topic and in the history of every agent it covers. */
  private Uni<Void> announce(SqlClient tx, Halt halt, Action action, Instant now) {
    return agents
        .lockCovered(tx, halt.accountId())
        .chain(
            covered ->
                Multi.createFrom()
                    .iterable(covered)
                    .onItem()
                    .transformToUniAndConcatenate(agent -> history(tx, agent, halt, action, now))
                    .collect()
                    .last())
        .chain(() -> events.control(tx, halt));
  }

  private Uni<Void> history(SqlClient tx, Agent agent, Halt halt, Action action, Instant now) {
    String by = action == Action.HALT ? halt.pulledBy() : halt.liftedBy();
    DecisionView entry =
        new DecisionView(
            CloudEvents.stableId(
                "agent-control", agent.id().toString(), halt.id().toString(), action.wire()),
            agent.id(),
            agent.name(),
            agent.accountId(),
            action.wire(),
            null,
            null,
            (action == Action.HALT ? "emergency stop by " : "resumed by ")
                + by
                + ": "
                + halt.reason(),
            json.valueToTree(
                Map.of(
                    "haltId", halt.id().toString(),
                    "scope", halt.scope(),
                    "by", by,
                    "reason", halt.reason())),
            null,
            null,
            now);
    return decisions.add(tx, entry).chain(() -> events.decision(tx, entry));
  }
}
