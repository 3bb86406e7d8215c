package dev.vizzor.common.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Rows that are only worth keeping for a while (ids remembered against redelivery): deleted once
 * older than {@code keep} by their time column, hourly, so the table does not only ever grow.
 */
public final class ExpiringRows {
  private static final Logger LOG = Logger.getLogger(ExpiringRows.class);
  private static final Duration EVERY = Duration.ofHours(1);

  private final Pool pool;
  private final String delete;
  private final Duration keep;
  private final String what;

  /**
   * @param table and {@code timeColumn} are SQL names written by the caller, never user input
   */
  public ExpiringRows(Pool pool, String table, String timeColumn, Duration keep, String what) {
    this.pool = pool;
    this.delete =
        "DELETE FROM " + table + " WHERE " + timeColumn + " < now() - make_interval(secs => $1)";
    this.keep = keep;
    this.what = what;
  }

  /** Deletes the rows older than the kept span; emits how many went. */
  public Uni<Integer> purge() {
    return pool.preparedQuery(delete)
        .execute(Tuple.of((double) keep.toSeconds()))
        .map(rows -> rows.rowCount());
  }

  /** Purges every hour from now on. */
  public void purgeHourly(Vertx vertx) {
    vertx.setPeriodic(
        EVERY.toMillis(),
        tick ->
            purge()
                .subscribe()
                .with(
                    count -> LOG.debugf("forgot %d %s", count, what),
                    failure -> LOG.warnf("could not forget old %s: %s", what, failure.toString())));
  }
}
