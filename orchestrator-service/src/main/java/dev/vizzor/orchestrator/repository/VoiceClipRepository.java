package dev.vizzor.orchestrator.repository;

import dev.vizzor.orchestrator.domain.Speech;
import dev.vizzor.orchestrator.domain.VoiceClip;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Spoken answers, in the database so every replica serves them. Storing one also deletes the clips
 * past their time, which keeps the table bounded without a job of its own.
 */
@ApplicationScoped
public class VoiceClipRepository {
  private static final String STORE =
      "WITH expired AS (DELETE FROM voice_clips WHERE expires_at <= $5)"
          + " INSERT INTO voice_clips (id, account_id, content_type, synthesiser, audio,"
          + " created_at, expires_at) VALUES ($1, $2, $3, $4, $6, $5, $7)";
  private static final String FIND =
      "SELECT content_type, audio FROM voice_clips WHERE id = $1 AND account_id = $2"
          + " AND expires_at > $3";

  private final Pool pool;

  VoiceClipRepository(Pool pool) {
    this.pool = pool;
  }

  public Uni<Void> store(UUID id, UUID accountId, Speech speech, Instant now, Instant expires) {
    return pool.preparedQuery(STORE)
        .execute(
            Tuple.from(
                new Object[] {
                  id,
                  accountId,
                  speech.contentType(),
                  speech.synthesiser(),
                  utc(now),
                  Buffer.buffer(speech.audio()),
                  utc(expires)
                }))
        .replaceWithVoid();
  }

  /** The clip if {@code accountId} owns it and it has not expired. */
  public Uni<Optional<VoiceClip>> find(UUID accountId, UUID id, Instant now) {
    return pool.preparedQuery(FIND)
        .execute(Tuple.of(id, accountId, utc(now)))
        .map(
            rows ->
                rows.size() == 0 ? Optional.empty() : Optional.of(clip(rows.iterator().next())));
  }

  private static VoiceClip clip(Row row) {
    return new VoiceClip(row.getString("content_type"), row.getBuffer("audio").getBytes());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
