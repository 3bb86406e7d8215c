package dev.vizzor.orchestrator.service;

import dev.vizzor.orchestrator.config.OrchestratorConfig;
import dev.vizzor.orchestrator.domain.SpeechFailed;
import dev.vizzor.orchestrator.domain.SpokenAudio;
import dev.vizzor.orchestrator.domain.VoiceClip;
import dev.vizzor.orchestrator.repository.VoiceClipRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An answer spoken and stored for its owner: where it is served, or why there is no audio. The
 * answer itself is already paid for and stored, so a failed synthesis costs the text nothing.
 */
@ApplicationScoped
public class SpokenAnswers {
  /** Relative to the API's base URL, behind the gateway like every other route. */
  static final String PATH = "/chat/audio/";

  private static final Logger LOG = Logger.getLogger(SpokenAnswers.class);

  private final Voices voices;
  private final VoiceClipRepository clips;
  private final Duration retention;
  private final Clock clock;

  SpokenAnswers(Voices voices, VoiceClipRepository clips, OrchestratorConfig config, Clock clock) {
    this.voices = voices;
    this.clips = clips;
    this.retention = config.voice().retention();
    this.clock = clock;
  }

  public boolean available() {
    return voices.available();
  }

  public Uni<SpokenAudio> speak(UUID accountId, String text) {
    UUID id = UUID.randomUUID();
    return voices
        .speak(text)
        .chain(
            speech -> {
              Instant now = clock.instant();
              return clips.store(id, accountId, speech, now, now.plus(retention));
            })
        .map(stored -> new SpokenAudio(PATH + id, null))
        .onFailure(SpeechFailed.class)
        .recoverWithItem(
            failed -> {
              LOG.warnf("no audio for account %s: %s", accountId, failed.getMessage());
              return new SpokenAudio(null, failed.getMessage());
            });
  }

  public Uni<Optional<VoiceClip>> clip(UUID accountId, UUID id) {
    return clips.find(accountId, id, clock.instant());
  }
}
