package dev.vizzor.notification.service;

import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.HandledEvents;
import dev.vizzor.common.messaging.OutboxRelay;
import dev.vizzor.notification.domain.AgentEvent;
import dev.vizzor.notification.domain.ArmedRule;
import dev.vizzor.notification.domain.NotificationView;
import dev.vizzor.notification.domain.Push;
import dev.vizzor.notification.domain.RuleType;
import dev.vizzor.notification.repository.AgentRuleRepository;
import dev.vizzor.notification.repository.NotificationRepository;
import dev.vizzor.notification.repository.PushOutbox;
import dev.vizzor.notification.repository.RuleRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Agents' decisions and trades, one transaction per event that claims its id: a WebSocket message
 * for the agent's owner alone, and for each of the owner's armed rules of its kind a notification
 * (its {@code data} the decision or trade as agent-service shows it).
 */
@ApplicationScoped
public class AgentAlerts {
  static final String CONSUMER = "alert-rules-agents";

  private final HandledEvents handled;
  private final AgentRuleRepository agentRules;
  private final RuleRepository rules;
  private final NotificationRepository notifications;
  private final PushOutbox pushes;
  private final OutboxRelay relay;
  private final Clock clock;

  AgentAlerts(
      HandledEvents handled,
      AgentRuleRepository agentRules,
      RuleRepository rules,
      NotificationRepository notifications,
      PushOutbox pushes,
      OutboxRelay relay,
      Clock clock) {
    this.handled = handled;
    this.agentRules = agentRules;
    this.rules = rules;
    this.notifications = notifications;
    this.pushes = pushes;
    this.relay = relay;
    this.clock = clock;
  }

  /** Emits how many notifications the event fired (empty when it was handled before). */
  public Uni<Optional<Integer>> onAgentEvent(AgentEvent event) {
    return handled
        .once(CONSUMER, event.eventId(), tx -> evaluate(tx, event))
        .invoke(
            handledNow -> {
              if (handledNow.isPresent()) {
                relay.nudge();
              }
            });
  }

  private Uni<Integer> evaluate(SqlConnection tx, AgentEvent event) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Push push =
        new Push(
            event.kind() == RuleType.AGENT_TRADE ? Push.AGENT_TRADE : Push.AGENT_DECISION,
            event.eventId(),
            event.owner(),
            event.symbol(),
            null,
            event.resource());
    return pushes
        .add(tx, push, now)
        .chain(() -> agentRules.armed(tx, event, now))
        .chain(
            armed ->
                Multi.createFrom()
                    .iterable(armed)
                    .onItem()
                    .transformToUniAndConcatenate(rule -> fire(tx, rule, event, now))
                    .filter(stored -> stored)
                    .collect()
                    .with(Collectors.counting())
                    .map(Long::intValue));
  }

  private Uni<Boolean> fire(SqlConnection tx, ArmedRule rule, AgentEvent event, Instant now) {
    NotificationView view =
        new NotificationView(
            CloudEvents.stableId("alert", rule.id().toString(), event.eventId().toString()),
            rule.type().wire(),
            rule.id(),
            event.symbol(),
            event.message(),
            event.resource(),
            false,
            null,
            now);
    return rules.fired(tx, rule, now).chain(() -> notifications.add(tx, rule.accountId(), view));
  }
}
