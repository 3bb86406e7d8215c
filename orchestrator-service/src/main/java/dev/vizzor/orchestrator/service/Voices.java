package dev.vizzor.orchestrator.service;

import dev.vizzor.orchestrator.client.ElevenLabsSpeech;
import dev.vizzor.orchestrator.client.EspeakSpeech;
import dev.vizzor.orchestrator.config.OrchestratorConfig;
import dev.vizzor.orchestrator.domain.Speech;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Which synthesiser speaks an answer: ElevenLabs when its key is set, and espeak-ng without it or
 * when ElevenLabs fails (no network, refused key, timeout).
 */
@ApplicationScoped
public class Voices {
  private static final Logger LOG = Logger.getLogger(Voices.class);

  private final ElevenLabsSpeech elevenLabs;
  private final EspeakSpeech espeak;
  private final int maxChars;

  Voices(ElevenLabsSpeech elevenLabs, EspeakSpeech espeak, OrchestratorConfig config) {
    this.elevenLabs = elevenLabs;
    this.espeak = espeak;
    this.maxChars = config.voice().maxChars();
  }

  void report(@Observes StartupEvent started) {
    LOG.infof(
        "voice answers: ElevenLabs %s, espeak-ng %s",
        elevenLabs.configured() ? "configured" : "not configured (VIZZOR_TTS_ELEVENLABS_KEY)",
        espeak.installed() ? "installed" : "not installed");
  }

  /** Whether {@code mode: "voice"} can be served at all. */
  public boolean available() {
    return elevenLabs.configured() || espeak.installed();
  }

  public Uni<Speech> speak(String text) {
    String spoken = SpokenText.cut(text, maxChars);
    if (!elevenLabs.configured()) {
      return espeak.speak(spoken);
    }
    return elevenLabs
        .speak(spoken)
        .onFailure()
        .recoverWithUni(
            failed -> {
              if (!espeak.installed()) {
                return Uni.createFrom().failure(failed);
              }
              LOG.warnf("ElevenLabs failed (%s); espeak-ng speaks instead", failed.getMessage());
              return espeak.speak(spoken);
            });
  }
}
