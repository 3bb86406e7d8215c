package dev.vizzor.notification.repository;

import dev.vizzor.common.messaging.OutgoingEvent;
import dev.vizzor.notification.domain.NotificationView;
import java.util.UUID;

/**
 * {@code vizzor.alerts.triggered}: a stored notification, as the API shows it, keyed by its account
 * (every replica's WebSocket side reads it). The event id is the notification's id.
 */
final class AlertEvents {
  static final String TOPIC = "vizzor.alerts.triggered";
  static final String TYPE = "dev.vizzor.alert.triggered.v1";

  private AlertEvents() {}

  static OutgoingEvent triggered(UUID accountId, NotificationView view, String json) {
    return new OutgoingEvent(
        view.id(),
        TOPIC,
        accountId.toString(),
        TYPE,
        view.id().toString(),
        view.createdAt(),
        null,
        json);
  }
}
