package dev.vizzor.notification.service;

import dev.vizzor.notification.domain.Push;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The newest messages of {@code vizzor.notifications.pushes} this replica has read, by offset, so a
 * client that reconnects can be sent what it missed. Bounded by count; the oldest go first. Not
 * thread-safe: {@link Connections} guards it.
 */
final class PushWindow {
  /** One message: its offset on the topic, what it is, and its text as sent. */
  record Entry(long offset, Push push, String text) {}

  private final int capacity;
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private final Map<UUID, Long> offsets = new HashMap<>();

  PushWindow(int capacity) {
    this.capacity = capacity;
  }

  void add(Entry entry) {
    if (entries.size() == capacity) {
      offsets.remove(entries.removeFirst().push().id());
    }
    entries.addLast(entry);
    offsets.put(entry.push().id(), entry.offset());
  }

  /** The offset after which every later message is held; -1 when nothing is. */
  long next() {
    return entries.isEmpty() ? -1 : entries.getLast().offset() + 1;
  }

  /** Whether the message with {@code id} is still held. */
  boolean holds(UUID id) {
    return offsets.containsKey(id);
  }

  /**
   * The messages after {@code id} and before offset {@code before}, oldest first: all of those held
   * when {@code id} has left the window (or never was in it).
   */
  List<Entry> after(UUID id, long before) {
    long from = offsets.getOrDefault(id, Long.MIN_VALUE);
    List<Entry> out = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.offset() > from && entry.offset() < before) {
        out.add(entry);
      }
    }
    return out;
  }
}
