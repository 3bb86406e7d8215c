package dev.vizzor.notification.repository;

import dev.vizzor.notification.domain.ArmedRule;
import dev.vizzor.notification.domain.PredictionEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The prediction rules a prediction event may fire, locked for its transaction: of its kind, on its
 * symbol or on every symbol, past their cool-down, and for an emission of its horizon (or any) and
 * of at least the rule's tier.
 */
@ApplicationScoped
public class PredictionRuleRepository {
  private static final String TIERS = "ARRAY['advisory', 'tracked', 'high-conviction']";
  private static final String ARMED =
      "SELECT id, account_id, type, symbol, threshold, percent, window_seconds FROM alert_rules"
          + " WHERE type = $1 AND active AND (symbol = $2 OR symbol IS NULL)"
          + " AND (horizon IS NULL OR horizon = $3)"
          + " AND (min_tier IS NULL OR array_position("
          + TIERS
          + ", $4::text) >= array_position("
          + TIERS
          + ", min_tier))"
          + " AND (last_fired_at IS NULL"
          + " OR last_fired_at + make_interval(secs => cooldown_seconds) <= $5)"
          + " ORDER BY id FOR UPDATE";

  public Uni<List<ArmedRule>> armed(SqlClient tx, PredictionEvent event, Instant now) {
    return tx.preparedQuery(ARMED)
        .execute(
            Tuple.of(
                event.kind().wire(),
                event.symbol(),
                event.horizon(),
                event.tier(),
                RuleRepository.utc(now)))
        .map(
            rows -> {
              List<ArmedRule> armed = new ArrayList<>();
              rows.forEach(row -> armed.add(TickRuleRepository.armed(row)));
              return armed;
            });
  }
}
