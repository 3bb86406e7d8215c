package dev.vizzor.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.vizzor.testsupport.InternalTokenFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's {@code mode: "voice"}: the answer spoken by ElevenLabs (stubbed with its format) or,
 * when it fails, by the real espeak-ng; the audio stored and served only to its owner.
 */
@QuarkusTest
@TestProfile(ChatProfile.class)
class VoiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ASK =
      "{\"message\":\"What is the price of BTC?\",\"mode\":\"voice\",\"stream\":%s}";

  private static String token(UUID account) {
    return InternalTokenFixture.token().claim("sub", account.toString()).signed();
  }

  private static Response chat(UUID account, String body) {
    return given()
        .auth()
        .oauth2(token(account))
        .contentType("application/json")
        .body(body)
        .post("/chat");
  }

  private static Response audio(UUID account, String url) {
    return given().auth().oauth2(token(account)).get(url);
  }

  @Test
  void aVoiceAnswerIsSpokenByElevenLabsAndServedOnlyToItsOwner() throws Exception {
    UUID owner = UUID.randomUUID();
    Response answered = chat(owner, ASK.formatted("false"));
    assertEquals(200, answered.statusCode(), answered.asString());
    JsonNode answer = JSON.readTree(answered.asString());
    String url = answer.get("audio_url").asText();
    assertTrue(url.matches("/chat/audio/[0-9a-f-]{36}"), url);

    SpeechStub.server()
        .verify(
            postRequestedFor(urlPathEqualTo(SpeechStub.PATH))
                .withHeader("xi-api-key", equalTo(SpeechStub.KEY))
                .withRequestBody(
                    equalToJson(
                        JSON.createObjectNode()
                            .put("text", answer.get("text").asText())
                            .put("model_id", "eleven_multilingual_v2")
                            .toString())));
    Response served = audio(owner, url);
    assertEquals(200, served.statusCode());
    assertEquals("audio/mpeg", served.contentType());
    assertArrayEquals(SpeechStub.file("elevenlabs-silence.mp3"), served.asByteArray());

    Response stranger = audio(UUID.randomUUID(), url);
    assertEquals(404, stranger.statusCode());
    assertEquals("not_found", JSON.readTree(stranger.asString()).get("error").asText());
    assertEquals(404, audio(owner, "/chat/audio/not-a-clip").statusCode());
  }

  @Test
  void whenElevenLabsRefusesEspeakSpeaksAndTheStreamsDoneFrameCarriesTheUrl() throws Exception {
    Assumptions.assumeTrue(
        espeakInstalled(),
        "espeak-ng is not installed: `apt-get install -y espeak-ng`"
            + " (scripts/install-os-packages.sh does it)");
    StubMapping refused =
        SpeechStub.server()
            .stubFor(
                post(urlPathEqualTo(SpeechStub.PATH))
                    .atPriority(1)
                    .willReturn(
                        aResponse()
                            .withStatus(401)
                            .withHeader("Content-Type", "application/json")
                            .withBody(SpeechStub.file("elevenlabs-invalid-key.json"))));
    try {
      UUID owner = UUID.randomUUID();
      Response streamed = chat(owner, ASK.formatted("true"));
      assertEquals(200, streamed.statusCode(), streamed.asString());
      List<Sse> frames = Sse.parse(streamed.asString());
      JsonNode done = JSON.readTree(frames.get(frames.size() - 1).data());
      assertEquals("done", done.get("type").asText());
      Response served = audio(owner, done.get("audio_url").asText());
      assertEquals(200, served.statusCode());
      assertEquals("audio/wav", served.contentType());
      assertCompleteWav(served.asByteArray());
    } finally {
      SpeechStub.server().removeStub(refused);
    }
  }

  @Test
  void aModeOtherThanTextOrVoiceIsRefusedBeforeAnythingIsCharged() throws Exception {
    UUID account = UUID.randomUUID();
    Response refused = chat(account, "{\"message\":\"BTC?\",\"mode\":\"video\"}");
    assertEquals(400, refused.statusCode());
    JsonNode body = JSON.readTree(refused.asString());
    assertEquals("invalid_request", body.get("error").asText());
    assertTrue(body.get("message").asText().contains("mode"), body.toString());
  }

  private static boolean espeakInstalled() {
    try {
      return new ProcessBuilder("espeak-ng", "--version").start().waitFor() == 0;
    } catch (java.io.IOException notInstalled) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A RIFF/WAVE file whose header's lengths are the file's own, with samples in it. */
  private static void assertCompleteWav(byte[] wav) {
    ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals("RIFF", new String(Arrays.copyOfRange(wav, 0, 4), StandardCharsets.US_ASCII));
    assertEquals("WAVE", new String(Arrays.copyOfRange(wav, 8, 12), StandardCharsets.US_ASCII));
    assertEquals(wav.length - 8, header.getInt(4), "RIFF length");
    assertEquals("data", new String(Arrays.copyOfRange(wav, 36, 40), StandardCharsets.US_ASCII));
    int samples = header.getInt(40);
    assertEquals(wav.length - 44, samples, "data length");
    assertTrue(samples > 22050, "at least half a second of 16-bit speech: " + samples);
  }
}
