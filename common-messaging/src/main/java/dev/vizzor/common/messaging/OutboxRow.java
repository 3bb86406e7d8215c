package dev.vizzor.common.messaging;

/** An event waiting in the outbox, under its row id (the order the relay keeps per key). */
record OutboxRow(long id, OutgoingEvent event) {
  String key() {
    return event.key();
  }
}
