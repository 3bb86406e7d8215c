package dev.vizzor.gateway.account;

import dev.vizzor.common.identity.Tier;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository {
  /** A key row with its account's tier; {@code keys} is the table or CTE the rows come from. */
  private static String keysWithTier(String keys) {
    return """
        SELECT k.id, k.account_id, k.name, k.kind, k.display_prefix, a.tier,
               k.created_at, k.last_used_at, k.revoked_at
        FROM %s k JOIN accounts a ON a.id = k.account_id
        """
        .formatted(keys);
  }

  private static final String SELECT = keysWithTier("api_keys");

  private final Pool pool;

  ApiKeyRepository(Pool pool) {
    this.pool = pool;
  }

  /** Stores a new key; empty when an active key already has the name. */
  public Uni<Optional<StoredKey>> insert(
      UUID accountId, String name, KeyKind kind, IssuedKey issued) {
    return pool.preparedQuery(
            """
            WITH inserted AS (
              INSERT INTO api_keys (account_id, name, kind, key_hash, display_prefix)
              VALUES ($1, $2, $3, $4, $5)
              ON CONFLICT (name) WHERE revoked_at IS NULL DO NOTHING
              RETURNING *)
            """
                + keysWithTier("inserted"))
        .execute(
            Tuple.of(
                accountId, name, kind.id(), Buffer.buffer(issued.hash()), issued.displayPrefix()))
        .map(ApiKeyRepository::first);
  }

  /** The active key with this SHA-256, by its unique index: no scan over keys. */
  public Uni<Optional<StoredKey>> findActiveByHash(byte[] hash) {
    return pool.preparedQuery(SELECT + " WHERE k.key_hash = $1 AND k.revoked_at IS NULL")
        .execute(Tuple.of(Buffer.buffer(hash)))
        .map(ApiKeyRepository::first);
  }

  public Uni<List<StoredKey>> list() {
    return pool.query(SELECT + " ORDER BY k.created_at, k.name")
        .execute()
        .map(
            rows -> {
              List<StoredKey> keys = new ArrayList<>(rows.size());
              rows.forEach(row -> keys.add(key(row)));
              return keys;
            });
  }

  /** Revokes the active key with this name; empty when there is none. */
  public Uni<Optional<StoredKey>> revoke(String name) {
    return pool.preparedQuery(
            """
            WITH revoked AS (
              UPDATE api_keys SET revoked_at = now()
              WHERE name = $1 AND revoked_at IS NULL
              RETURNING *)
            """
                + keysWithTier("revoked"))
        .execute(Tuple.of(name))
        .map(ApiKeyRepository::first);
  }

  /** Records last-use times gathered since the previous flush, in one statement. */
  public Uni<Void> touch(Map<UUID, OffsetDateTime> lastUsed) {
    if (lastUsed.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    UUID[] ids = lastUsed.keySet().toArray(UUID[]::new);
    OffsetDateTime[] times = new OffsetDateTime[ids.length];
    for (int i = 0; i < ids.length; i++) {
      times[i] = lastUsed.get(ids[i]);
    }
    return pool.preparedQuery(
            """
            UPDATE api_keys k SET last_used_at = GREATEST(k.last_used_at, u.used)
            FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, used)
            WHERE k.id = u.id
            """)
        .execute(Tuple.of(ids, times))
        .replaceWithVoid();
  }

  private static Optional<StoredKey> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(key(rows.iterator().next()));
  }

  private static StoredKey key(Row row) {
    return new StoredKey(
        row.getUUID("id"),
        row.getUUID("account_id"),
        row.getString("name"),
        KeyKind.parse(row.getString("kind")).orElseThrow(),
        row.getString("display_prefix"),
        Tier.parse(row.getString("tier")).orElseThrow(),
        row.getOffsetDateTime("created_at"),
        row.getOffsetDateTime("last_used_at"),
        row.getOffsetDateTime("revoked_at"));
  }
}
