package dev.vizzor.notification.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.Outbox;
import dev.vizzor.common.messaging.OutgoingEvent;
import dev.vizzor.notification.domain.Push;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * {@code vizzor.notifications.pushes}, the WebSocket side's own topic: every message any client may
 * receive, in the transaction that decided it. The topic has one partition, so every replica reads
 * the messages in the same order, which is what lets a client resume on any replica from the last
 * id it saw (docs/NOTIFICATIONS.md).
 */
@ApplicationScoped
public class PushOutbox {
  public static final String TOPIC = "vizzor.notifications.pushes";
  static final String TYPE = "dev.vizzor.notification.push.v1";

  private final Outbox outbox;
  private final ObjectMapper json;

  PushOutbox(Outbox outbox, ObjectMapper json) {
    this.outbox = outbox;
    this.json = json;
  }

  public Uni<Void> add(SqlClient tx, Push push, Instant time) {
    String key = push.isPrivate() ? push.account().toString() : push.symbol();
    try {
      return outbox.add(
          tx,
          new OutgoingEvent(
              CloudEvents.stableId("push", push.id().toString()),
              TOPIC,
              key == null ? push.type() : key,
              TYPE,
              push.id().toString(),
              time,
              null,
              json.writeValueAsString(push)));
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(e);
    }
  }
}
