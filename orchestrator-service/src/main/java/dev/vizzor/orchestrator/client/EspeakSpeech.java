package dev.vizzor.orchestrator.client;

import dev.vizzor.orchestrator.config.OrchestratorConfig;
import dev.vizzor.orchestrator.domain.Speech;
import dev.vizzor.orchestrator.domain.SpeechFailed;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Speech from the OS's espeak-ng (Debian package {@code espeak-ng}), needing no network. It runs as
 * a separate program (GPL, not linked into or shipped with the service). The text goes in on stdin,
 * so no part of an answer is ever read as an option; the WAV is written to a file rather than
 * stdout because only then does espeak-ng write the real lengths into its header.
 */
@ApplicationScoped
public class EspeakSpeech {
  private final OrchestratorConfig.Voice.Espeak config;
  private final boolean installed;

  EspeakSpeech(OrchestratorConfig config) {
    this.config = config.voice().espeak();
    this.installed = answers(this.config.command());
  }

  public boolean installed() {
    return installed;
  }

  public Uni<Speech> speak(String text) {
    return Uni.createFrom()
        .item(() -> synthesise(text))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  private Speech synthesise(String text) {
    Path wav = null;
    try {
      wav = Files.createTempFile("vizzor-speech-", ".wav");
      Process espeak =
          new ProcessBuilder(
                  config.command(), "-v", config.voice(), "-w", wav.toString(), "--stdin")
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try (OutputStream in = espeak.getOutputStream()) {
        in.write(text.getBytes(StandardCharsets.UTF_8));
      }
      if (!espeak.waitFor(config.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        espeak.destroyForcibly();
        throw new SpeechFailed("espeak-ng did not finish within " + config.timeout());
      }
      if (espeak.exitValue() != 0) {
        throw new SpeechFailed("espeak-ng exited with " + espeak.exitValue());
      }
      return new Speech(Files.readAllBytes(wav), "audio/wav", "espeak-ng");
    } catch (IOException failed) {
      throw new SpeechFailed("espeak-ng could not run: " + failed.getMessage(), failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new SpeechFailed("interrupted while espeak-ng spoke", interrupted);
    } finally {
      delete(wav);
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }
  }

  /** Whether {@code command --version} runs: the package is installed and on the PATH. */
  private static boolean answers(String command) {
    try {
      Process probe =
          new ProcessBuilder(command, "--version")
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!probe.waitFor(5, TimeUnit.SECONDS)) {
        probe.destroyForcibly();
        return false;
      }
      return probe.exitValue() == 0;
    } catch (IOException notInstalled) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
