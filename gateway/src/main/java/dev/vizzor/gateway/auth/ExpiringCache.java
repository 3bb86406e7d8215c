package dev.vizzor.gateway.auth;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A bounded map whose entries expire: enough for credential lookups, where a miss only costs one
 * indexed query. When full it is cleared rather than tracking recency.
 */
final class ExpiringCache<K, V> {
  private record Entry<V>(V value, long expiresAt) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final int maxEntries;
  private final LongSupplier nanoTime;

  ExpiringCache(long ttlNanos, int maxEntries, LongSupplier nanoTime) {
    this.ttlNanos = ttlNanos;
    this.maxEntries = maxEntries;
    this.nanoTime = nanoTime;
  }

  Optional<V> get(K key) {
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.expiresAt() - nanoTime.getAsLong() <= 0) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  void put(K key, V value) {
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(key, new Entry<>(value, nanoTime.getAsLong() + ttlNanos));
  }

  void removeIf(java.util.function.Predicate<V> doomed) {
    entries.values().removeIf(entry -> doomed.test(entry.value()));
  }
}
