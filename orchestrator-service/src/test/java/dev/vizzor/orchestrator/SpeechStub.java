package dev.vizzor.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** ElevenLabs' text-to-speech as the voice answers call it (speech/PROVENANCE.md). */
public class SpeechStub implements QuarkusTestResourceLifecycleManager {
  static final String KEY = "xi-test-key";
  static final String VOICE = "21m00Tcm4TlvDq8ikWAM";
  static final String PATH = "/v1/text-to-speech/" + VOICE;

  private static WireMockServer server;

  static WireMockServer server() {
    return server;
  }

  static byte[] file(String name) {
    return TestFiles.bytes("/speech/" + name);
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(
        post(urlPathEqualTo(PATH))
            .withHeader("xi-api-key", equalTo(KEY))
            .withQueryParam("output_format", equalTo("mp3_44100_128"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "audio/mpeg")
                    .withBody(file("elevenlabs-silence.mp3"))));
    return Map.of(
        "vizzor.orchestrator.voice.elevenlabs.url",
        "http://127.0.0.1:" + server.port(),
        "vizzor.orchestrator.voice.elevenlabs.key",
        KEY);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
