package dev.vizzor.webhook.repository;

import dev.vizzor.common.messaging.Outbox;

/**
 * The {@code vizzor.watchers.changed} event of an applied change, built by PostgreSQL from the
 * watcher row as stored after the change, in the statement that made it (see {@code
 * WatcherRepository}): key = the stored symbol, so a DELETE reaches the consumers of the symbol
 * they know even when the delivery names another; value = the watcher in snake_case, as Supabase
 * names the columns, plus {@code previous_symbol} when the change moved a live watcher off another
 * symbol.
 */
public final class WatcherChangedEvents {

  /**
   * Inserts one outbox row (the kit's {@link Outbox}) per row of the preceding CTE {@code applied}
   * (the watcher's columns as RETURNING * gives them). Parameters: $8 event id, $9 operation, $10
   * request id, $11 created at. {@code changed_at} is written in UTC with microseconds,
   * PostgreSQL's own precision.
   */
  public static final String ENQUEUE_APPLIED =
      Outbox.INSERT_INTO
          + """
      SELECT $8::uuid, 'vizzor.watchers.changed', a.symbol, 'dev.vizzor.watchers.changed.v1',
             a.id::text, $10::text,
             jsonb_build_object(
               'event_id', $8::uuid::text, 'operation', $9::text, 'id', a.id,
               'user_id', a.user_id, 'symbol', a.symbol, 'timeframe', a.timeframe,
               'strategy', a.strategy, 'active', a.active, 'deleted', a.deleted_at IS NOT NULL,
               'changed_at', to_char(a.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
             || CASE WHEN a.previous_symbol IS NULL THEN '{}'::jsonb
                     ELSE jsonb_build_object('previous_symbol', a.previous_symbol) END,
             $11::timestamptz
      FROM applied a
      """;

  private WatcherChangedEvents() {}
}
