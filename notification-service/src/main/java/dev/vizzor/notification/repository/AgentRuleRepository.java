package dev.vizzor.notification.repository;

import dev.vizzor.notification.domain.AgentEvent;
import dev.vizzor.notification.domain.ArmedRule;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent rules an agent's decision or trade may fire, locked for its transaction: the owner's
 * rules of its kind, on its symbol or on every symbol, past their cool-down. Nobody else's rule
 * sees another account's agents.
 */
@ApplicationScoped
public class AgentRuleRepository {
  private static final String ARMED =
      "SELECT id, account_id, type, symbol, threshold, percent, window_seconds FROM alert_rules"
          + " WHERE type = $1 AND account_id = $2 AND active"
          + " AND (symbol IS NULL OR symbol = $3)"
          + " AND (last_fired_at IS NULL"
          + " OR last_fired_at + make_interval(secs => cooldown_seconds) <= $4)"
          + " ORDER BY id FOR UPDATE";

  public Uni<List<ArmedRule>> armed(SqlClient tx, AgentEvent event, Instant now) {
    return tx.preparedQuery(ARMED)
        .execute(
            Tuple.of(event.kind().wire(), event.owner(), event.symbol(), RuleRepository.utc(now)))
        .map(
            rows -> {
              List<ArmedRule> armed = new ArrayList<>();
              rows.forEach(row -> armed.add(TickRuleRepository.armed(row)));
              return armed;
            });
  }
}
