package dev.vizzor.gateway.auth;

import dev.vizzor.gateway.account.ApiKeyRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Keeps each key's last-use time without a database write per request: uses are gathered in memory
 * and written every few seconds in one statement.
 */
@ApplicationScoped
public class LastUsedRecorder {
  private static final Logger LOG = Logger.getLogger(LastUsedRecorder.class);
  private static final long FLUSH_EVERY_MS = 5_000;

  private final ConcurrentHashMap<UUID, OffsetDateTime> pending = new ConcurrentHashMap<>();
  private final ApiKeyRepository keys;
  private final Vertx vertx;
  private long timer;

  LastUsedRecorder(ApiKeyRepository keys, Vertx vertx) {
    this.keys = keys;
    this.vertx = vertx;
  }

  void start(@Observes StartupEvent event) {
    timer = vertx.setPeriodic(FLUSH_EVERY_MS, id -> flush());
  }

  void stop(@Observes ShutdownEvent event) {
    vertx.cancelTimer(timer);
    flush();
  }

  public void used(UUID keyId) {
    pending.put(keyId, OffsetDateTime.now(ZoneOffset.UTC));
  }

  /** Writes what was gathered; public so tests need not wait for the timer. */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    Map<UUID, OffsetDateTime> batch = Map.copyOf(pending);
    batch.forEach(pending::remove);
    keys.touch(batch)
        .subscribe()
        .with(ok -> {}, failure -> LOG.warnf("could not record key use: %s", failure));
  }
}
