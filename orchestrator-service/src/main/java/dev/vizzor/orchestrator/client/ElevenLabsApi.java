package dev.vizzor.orchestrator.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * ElevenLabs' text-to-speech ({@code POST https://api.elevenlabs.io/v1/text-to-speech/{voice_id}}):
 * the key in {@code xi-api-key}, {@code {text, model_id}} in, the audio bytes out in the {@code
 * output_format} asked for.
 */
@Path("/v1/text-to-speech")
public interface ElevenLabsApi {
  /** The request body ElevenLabs reads. */
  record SpeechRequest(String text, @JsonProperty("model_id") String modelId) {}

  @POST
  @Path("/{voiceId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces("audio/mpeg")
  Uni<byte[]> speak(
      @HeaderParam("xi-api-key") String key,
      @PathParam("voiceId") String voiceId,
      @QueryParam("output_format") String outputFormat,
      SpeechRequest request);
}
