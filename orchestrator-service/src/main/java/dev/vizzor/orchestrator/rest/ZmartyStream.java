package dev.vizzor.orchestrator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.orchestrator.domain.ChatEvent;
import dev.vizzor.orchestrator.domain.SpokenAudio;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code /chat} with {@code stream: true}: {@code data:} frames sent as they come. The same method
 * answers JSON when not streaming, so the stream is written by hand rather than returned as a typed
 * SSE Multi. The first frame is awaited before the response is made, so a message no provider could
 * start answering is still a 503, not a stream holding an error.
 */
final class ZmartyStream {
  private ZmartyStream() {}

  static Response response(
      ObjectMapper json,
      Clock clock,
      Multi<ChatEvent> events,
      Function<ChatEvent.Done, Optional<SpokenAudio>> audio) {
    Stream<ChatEvent> frames =
        events.filter(event -> !(event instanceof ChatEvent.ToolRan)).subscribe().asStream();
    Iterator<ChatEvent> next = frames.iterator();
    ChatEvent first;
    try {
      first = next.next();
    } catch (RuntimeException failed) {
      frames.close();
      throw ZmartyAnswers.beforeStart(failed);
    }
    StreamingOutput body =
        out -> {
          try (frames) {
            write(out, first, frame(json, clock, first, audio));
            while (next.hasNext()) {
              ChatEvent event = next.next();
              write(out, event, frame(json, clock, event, audio));
            }
          } catch (IOException clientGone) {
            // closing the stream cancels the answer, which refunds its credits
            throw clientGone;
          } catch (RuntimeException failed) {
            write(out, null, ZmartyAnswers.error(json, failed));
          }
        };
    return Response.ok(body, "text/event-stream")
        .header("Cache-Control", "no-cache")
        .header("X-Accel-Buffering", "no")
        .build();
  }

  private static ObjectNode frame(
      ObjectMapper json,
      Clock clock,
      ChatEvent event,
      Function<ChatEvent.Done, Optional<SpokenAudio>> audio) {
    Optional<SpokenAudio> spoken =
        event instanceof ChatEvent.Done done ? audio.apply(done) : Optional.empty();
    return ZmartyAnswers.frame(json, clock, event, spoken);
  }

  /**
   * Writes a frame and sends it, but for {@code start}: a provider's first token always follows it
   * at once, so both leave in one write.
   */
  private static void write(OutputStream out, ChatEvent event, ObjectNode frame)
      throws IOException {
    out.write(("data: " + frame + "\n\n").getBytes(StandardCharsets.UTF_8));
    if (!(event instanceof ChatEvent.Started)) {
      out.flush();
    }
  }
}
