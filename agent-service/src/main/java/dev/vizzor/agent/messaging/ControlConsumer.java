package dev.vizzor.agent.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.domain.Halt;
import dev.vizzor.agent.service.Halts;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code vizzor.agents.control} in a group of this replica's own, so every replica learns of
 * every emergency stop pulled or lifted, wherever it was.
 */
@ApplicationScoped
public class ControlConsumer {
  private static final Logger LOG = Logger.getLogger(ControlConsumer.class);

  private final ObjectMapper json;
  private final Halts halts;

  ControlConsumer(ObjectMapper json, Halts halts) {
    this.json = json;
    this.halts = halts;
  }

  @Incoming("agents-control")
  public void consume(String value) {
    try {
      halts.apply(json.readValue(value, Halt.class));
    } catch (Exception unreadable) {
      LOG.warnf("unreadable control event skipped (%s): %s", unreadable.getMessage(), value);
    }
  }
}
