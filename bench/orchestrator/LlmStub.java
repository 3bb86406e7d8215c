import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible provider for the bench: POST /v1/chat/completions answers with the recorded
 * stream (orchestrator-service's test resource openai-answer.sse), each event written and flushed
 * as it would arrive, so the first token leaves at once. GET /v1/models answers an empty list.
 * Usage: java LlmStub.java port stream-file
 */
public class LlmStub {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String[] events =
        Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).split("(?<=\\n\\n)");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (String event : events) {
              out.write(event.getBytes(StandardCharsets.UTF_8));
              out.flush();
            }
          }
        });
    server.createContext(
        "/v1/models",
        exchange -> {
          byte[] body = "{\"object\":\"list\",\"data\":[]}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    System.out.println("stub ready on " + port);
  }
}
