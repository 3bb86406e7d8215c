package dev.vizzor.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** A real WebSocket client (the JDK's) that keeps every message it receives, as JSON. */
final class PushClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final WebSocket socket;

  PushClient(URI uri, String token) {
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Authorization", "Bearer " + token)
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(uri, new Collector())
            .join();
  }

  List<JsonNode> received() {
    return List.copyOf(received);
  }

  /** The messages received so far whose type is one of {@code types}. */
  List<JsonNode> received(String... types) {
    List<String> wanted = List.of(types);
    return received.stream().filter(m -> wanted.contains(m.path("type").asText())).toList();
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
