package dev.vizzor.notification;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** A real WebSocket client (the JDK's) that keeps every message it receives, as JSON. */
final class PushClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper EXACT =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final List<String> texts = new CopyOnWriteArrayList<>();
  private final WebSocket socket;

  PushClient(URI uri, String token) {
    this(uri, Map.of("Authorization", "Bearer " + token));
  }

  /**
   * Opens the socket with these request headers (none for a browser's ticket URL); a refused
   * upgrade throws a {@link java.util.concurrent.CompletionException} around the JDK's {@link
   * java.net.http.WebSocketHandshakeException}, which holds the answer.
   */
  PushClient(URI uri, Map<String, String> headers) {
    WebSocket.Builder builder =
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    headers.forEach(builder::header);
    socket = builder.buildAsync(uri, new Collector()).join();
  }

  List<JsonNode> received() {
    return List.copyOf(received);
  }

  /** The message of this id with its numbers exactly as sent (decimals, not doubles). */
  JsonNode exactly(UUID id) throws Exception {
    for (String text : texts) {
      JsonNode message = EXACT.readTree(text);
      if (message.path("id").asText().equals(id.toString())) {
        return message;
      }
    }
    throw new AssertionError("no message " + id);
  }

  /** The messages received so far whose type is one of {@code types}. */
  List<JsonNode> received(String... types) {
    List<String> wanted = List.of(types);
    return received.stream().filter(m -> wanted.contains(m.path("type").asText())).toList();
  }

  /** Whether a message with this id has arrived. */
  boolean has(UUID id) {
    return received.stream().anyMatch(m -> m.path("id").asText().equals(id.toString()));
  }

  void send(String message) {
    socket.sendText(message, true).join();
  }

  /** The first message matching {@code wanted}, waiting for it up to a minute. */
  JsonNode await(Predicate<JsonNode> wanted) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> received.stream().filter(wanted).findFirst(), found -> found.isPresent())
        .orElseThrow();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          received.add(JSON.readTree(partial.toString()));
          texts.add(partial.toString());
        } catch (Exception e) {
          throw new IllegalStateException("not JSON: " + partial, e);
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
