package dev.vizzor.notification.service;

import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.HandledEvents;
import dev.vizzor.common.messaging.OutboxRelay;
import dev.vizzor.notification.domain.ArmedRule;
import dev.vizzor.notification.domain.NotificationView;
import dev.vizzor.notification.domain.PredictionEvent;
import dev.vizzor.notification.domain.Push;
import dev.vizzor.notification.domain.RuleType;
import dev.vizzor.notification.repository.NotificationRepository;
import dev.vizzor.notification.repository.PredictionRuleRepository;
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
 * ChronoVisor's scheduled emissions and their resolutions, one transaction per event that claims
 * its id: the event's WebSocket message, and for every armed rule of the event's kind a
 * notification (its {@code data} the prediction as the API shows it) and its event.
 */
@ApplicationScoped
public class PredictionAlerts {
  static final String CONSUMER = "alert-rules-predictions";

  private final HandledEvents handled;
  private final PredictionRuleRepository predictions;
  private final RuleRepository rules;
  private final NotificationRepository notifications;
  private final PushOutbox pushes;
  private final OutboxRelay relay;
  private final Clock clock;

  PredictionAlerts(
      HandledEvents handled,
      PredictionRuleRepository predictions,
      RuleRepository rules,
      NotificationRepository notifications,
      PushOutbox pushes,
      OutboxRelay relay,
      Clock clock) {
    this.handled = handled;
    this.predictions = predictions;
    this.rules = rules;
    this.notifications = notifications;
    this.pushes = pushes;
    this.relay = relay;
    this.clock = clock;
  }

  /** Emits how many notifications the event fired (empty when it was handled before). */
  public Uni<Optional<Integer>> onPrediction(PredictionEvent event) {
    if (!event.scheduled()) {
      return Uni.createFrom().item(Optional.of(0));
    }
    return handled
        .once(CONSUMER, event.eventId(), tx -> evaluate(tx, event))
        .invoke(
            handledNow -> {
              if (handledNow.isPresent()) {
                relay.nudge(); // its message, for the clients connected now
              }
            });
  }

  private Uni<Integer> evaluate(SqlConnection tx, PredictionEvent event) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return pushes
        .add(tx, push(event), now)
        .chain(() -> predictions.armed(tx, event, now))
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

  /** Every client may see a scheduled prediction, so its message is public. */
  private static Push push(PredictionEvent event) {
    String type =
        event.kind() == RuleType.PREDICTION_EMITTED
            ? Push.PREDICTION_EMITTED
            : Push.PREDICTION_RESOLVED;
    return new Push(type, event.eventId(), null, event.symbol(), event.tier(), event.prediction());
  }

  private Uni<Boolean> fire(SqlConnection tx, ArmedRule rule, PredictionEvent event, Instant now) {
    NotificationView view =
        new NotificationView(
            CloudEvents.stableId("alert", rule.id().toString(), event.eventId().toString()),
            rule.type().wire(),
            rule.id(),
            event.symbol(),
            event.message(),
            event.prediction(),
            false,
            null,
            now);
    return rules.fired(tx, rule, now).chain(() -> notifications.add(tx, rule.accountId(), view));
  }
}
