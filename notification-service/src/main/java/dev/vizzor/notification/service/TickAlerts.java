package dev.vizzor.notification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.HandledEvents;
import dev.vizzor.common.messaging.OutboxRelay;
import dev.vizzor.notification.domain.ArmedRule;
import dev.vizzor.notification.domain.Firing;
import dev.vizzor.notification.domain.NotificationView;
import dev.vizzor.notification.domain.PricePoint;
import dev.vizzor.notification.domain.RuleType;
import dev.vizzor.notification.domain.Tick;
import dev.vizzor.notification.domain.TickCheck;
import dev.vizzor.notification.repository.NotificationRepository;
import dev.vizzor.notification.repository.RuleRepository;
import dev.vizzor.notification.repository.TickRuleRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Price rules evaluated on a tick, in one transaction that also claims the tick's event id: the
 * rules armed on the tick's symbol (so the work grows with that symbol's rules, not all rules) are
 * checked, and each hit stores a notification and its event, starts the rule's cool-down and ends a
 * one-shot rule. A redelivered tick finds its claim and fires nothing.
 */
@ApplicationScoped
public class TickAlerts {
  static final String CONSUMER = "alert-rules-ticks";

  private final HandledEvents handled;
  private final TickRuleRepository ticks;
  private final RuleRepository rules;
  private final NotificationRepository notifications;
  private final ObjectMapper json;
  private final OutboxRelay relay;
  private final Clock clock;

  TickAlerts(
      HandledEvents handled,
      TickRuleRepository ticks,
      RuleRepository rules,
      NotificationRepository notifications,
      ObjectMapper json,
      OutboxRelay relay,
      Clock clock) {
    this.handled = handled;
    this.ticks = ticks;
    this.rules = rules;
    this.notifications = notifications;
    this.json = json;
    this.relay = relay;
    this.clock = clock;
  }

  /**
   * Emits how many notifications the tick fired (empty when it was handled before). Their events
   * are relayed at once: an alert is worth little late.
   */
  public Uni<Optional<Integer>> onTick(Tick tick) {
    return handled
        .once(CONSUMER, tick.eventId(), tx -> evaluate(tx, tick))
        .invoke(
            fired -> {
              if (fired.orElse(0) > 0) {
                relay.nudge();
              }
            });
  }

  private Uni<Integer> evaluate(SqlConnection tx, Tick tick) {
    // the database keeps microseconds: the event carries the time the API will show
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return ticks
        .record(tx, tick)
        .chain(
            previous ->
                ticks
                    .armed(tx, tick.symbol(), now)
                    .chain(armed -> windowStarts(tx, tick, armed))
                    .chain(
                        started ->
                            // Hits are written all at once: the connection pipelines their
                            // statements, where one after another a tick firing 100 rules waited
                            // on 400 round trips (docs/BENCHMARKS.md). Each hit touches its own
                            // rule and notification rows, so their order does not matter.
                            Multi.createFrom()
                                .iterable(started.armed())
                                .onItem()
                                .transformToUniAndMerge(
                                    rule ->
                                        fireIfHit(
                                            tx,
                                            rule,
                                            tick,
                                            previous,
                                            rule.window() == null
                                                ? Optional.empty()
                                                : started.byWindow().get(rule.window()),
                                            now))
                                .filter(hit -> hit)
                                .collect()
                                .with(Collectors.counting())
                                .map(Long::intValue)));
  }

  private record Started(List<ArmedRule> armed, Map<Duration, Optional<PricePoint>> byWindow) {}

  /** The price at each distinct window's start, read once per window. */
  private Uni<Started> windowStarts(SqlConnection tx, Tick tick, List<ArmedRule> armed) {
    Map<Duration, Optional<PricePoint>> starts = new HashMap<>();
    List<Duration> windows =
        armed.stream()
            .filter(rule -> rule.type() == RuleType.PCT_CHANGE)
            .map(ArmedRule::window)
            .distinct()
            .toList();
    return Multi.createFrom()
        .iterable(windows)
        .onItem()
        .transformToUniAndConcatenate(
            window ->
                ticks
                    .atOrBefore(tx, tick.symbol(), tick.asOf().minus(window))
                    .invoke(start -> starts.put(window, start)))
        .collect()
        .last()
        .map(ignored -> new Started(armed, starts));
  }

  private Uni<Boolean> fireIfHit(
      SqlConnection tx,
      ArmedRule rule,
      Tick tick,
      Optional<PricePoint> previous,
      Optional<PricePoint> windowStart,
      Instant now) {
    Optional<Firing> hit = TickCheck.check(rule, tick, previous, windowStart);
    if (hit.isEmpty()) {
      return Uni.createFrom().item(false);
    }
    NotificationView view = notification(hit.get(), tick, now);
    return rules.fired(tx, rule, now).chain(() -> notifications.add(tx, rule.accountId(), view));
  }

  private NotificationView notification(Firing firing, Tick tick, Instant now) {
    UUID id =
        CloudEvents.stableId("alert", firing.rule().id().toString(), tick.eventId().toString());
    return new NotificationView(
        id,
        firing.rule().type().wire(),
        firing.rule().id(),
        tick.symbol(),
        firing.message(),
        json.valueToTree(firing.data()),
        false,
        null,
        now);
  }
}
