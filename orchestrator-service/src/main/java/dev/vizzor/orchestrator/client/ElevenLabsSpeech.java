package dev.vizzor.orchestrator.client;

import dev.vizzor.orchestrator.config.OrchestratorConfig;
import dev.vizzor.orchestrator.domain.Speech;
import dev.vizzor.orchestrator.domain.SpeechFailed;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/** Speech from ElevenLabs as MP3 (44.1 kHz, 128 kbit/s), when its key is configured. */
@ApplicationScoped
public class ElevenLabsSpeech {
  static final String OUTPUT_FORMAT = "mp3_44100_128";

  private final OrchestratorConfig.Voice.ElevenLabs config;
  private final ElevenLabsApi api;

  ElevenLabsSpeech(OrchestratorConfig config) {
    this.config = config.voice().elevenlabs();
    this.api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(URI.create(this.config.url()))
            .connectTimeout(3, TimeUnit.SECONDS)
            .readTimeout(this.config.timeout().toMillis(), TimeUnit.MILLISECONDS)
            .build(ElevenLabsApi.class);
  }

  public boolean configured() {
    return config.key().isPresent();
  }

  public Uni<Speech> speak(String text) {
    return api.speak(
            config.key().orElseThrow(),
            config.voiceId(),
            OUTPUT_FORMAT,
            new ElevenLabsApi.SpeechRequest(text, config.model()))
        .ifNoItem()
        .after(config.timeout())
        .failWith(() -> new SpeechFailed("ElevenLabs sent no audio within " + config.timeout()))
        .onFailure(WebApplicationException.class)
        .transform(
            refused ->
                new SpeechFailed(
                    "ElevenLabs answered HTTP "
                        + ((WebApplicationException) refused).getResponse().getStatus(),
                    refused))
        .map(
            audio -> {
              if (audio == null || audio.length == 0) {
                throw new SpeechFailed("ElevenLabs answered without audio");
              }
              return new Speech(audio, "audio/mpeg", "elevenlabs");
            });
  }
}
