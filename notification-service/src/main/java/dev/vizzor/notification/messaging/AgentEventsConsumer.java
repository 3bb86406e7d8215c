package dev.vizzor.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.IncomingEvents;
import dev.vizzor.common.messaging.Retried;
import dev.vizzor.notification.domain.AgentEvent;
import dev.vizzor.notification.domain.RuleType;
import dev.vizzor.notification.service.AgentAlerts;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads agent-service's {@code vizzor.agents.decisions} and {@code .trades} into the owner's pushes
 * and agent rules, in one consumer group shared by every replica; the topic says which it is.
 */
@ApplicationScoped
public class AgentEventsConsumer {
  private static final Logger LOG = Logger.getLogger(AgentEventsConsumer.class);

  static final String TRADES = "vizzor.agents.trades";

  private final ObjectMapper json;
  private final AgentAlerts alerts;

  AgentEventsConsumer(ObjectMapper json, AgentAlerts alerts) {
    this.json = json;
    this.alerts = alerts;
  }

  @Incoming("agent-events")
  public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
    RuleType kind =
        record.getTopic().equals(TRADES) ? RuleType.AGENT_TRADE : RuleType.AGENT_DECISION;
    AgentEvent event;
    try {
      JsonNode resource = json.readTree(value);
      UUID id =
          IncomingEvents.id(record).orElseThrow(() -> new IllegalArgumentException("no ce_id"));
      event = new AgentEvent(id, kind, resource);
      event.owner(); // a record without its owner's account cannot be routed: skipped here
    } catch (Exception unreadable) {
      LOG.warnf("unreadable agent event skipped (%s): %s", unreadable.getMessage(), value);
      return Uni.createFrom().voidItem();
    }
    return Retried.evaluation(alerts.onAgentEvent(event), "agent event " + event.eventId());
  }
}
