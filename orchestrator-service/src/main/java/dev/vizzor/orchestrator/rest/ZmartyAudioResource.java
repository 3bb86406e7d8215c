package dev.vizzor.orchestrator.rest;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.orchestrator.domain.VoiceClip;
import dev.vizzor.orchestrator.service.SpokenAnswers;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A {@code mode: "voice"} answer's audio ({@code audio_url}), for its owner only. */
@Path("/chat/audio")
@Tag(name = "chat")
public class ZmartyAudioResource {
  private final SpokenAnswers spoken;
  private final CurrentIdentity identity;

  ZmartyAudioResource(SpokenAnswers spoken, CurrentIdentity identity) {
    this.spoken = spoken;
    this.identity = identity;
  }

  @GET
  @Path("/{id}")
  @Produces({"audio/mpeg", "audio/wav"})
  @Operation(
      summary = "The audio of a voice answer",
      description =
          "audio/mpeg from ElevenLabs or audio/wav from espeak-ng, kept for a day; with the"
              + " same credentials as the chat that made it. Anyone else's, or an expired one, is"
              + " a 404.")
  public Uni<Response> audio(@PathParam("id") String id) {
    UUID account = identity.get().accountId();
    return spoken
        .clip(account, parse(id))
        .map(found -> found.map(ZmartyAudioResource::served).orElseThrow(() -> notFound()));
  }

  private static Response served(VoiceClip clip) {
    return Response.ok(clip.audio(), clip.contentType())
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw notFound();
    }
  }

  private static ApiException notFound() {
    return new ApiException(Problem.NOT_FOUND, "No such audio");
  }
}
