package dev.vizzor.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A real HTTP server standing in for the six services: it echoes what reached it (path, query,
 * identity headers) as JSON, streams SSE on {@code POST /v1/chat}, echoes WebSocket messages on
 * {@code /ws} (and answers {@code upgrade} with that JSON of the upgrade request), holds {@code
 * /v1/agents/hold} open for a while, and never answers {@code /v1/portfolio/silent}. Its {@code
 * /q/openapi} is {@code fake-openapi.json}: one document shaped like the services' own (SmallRye's
 * output) holding operations of several services, internal ones and one the gateway routes for
 * another method only, so each service's client view shows what the gateway keeps of it. A test may
 * script a path instead ({@link #answer}, {@link #hangUp}) to play a service's refusal or death.
 */
public final class FakeServices {
  /** How long {@code /v1/agents/hold} keeps a request open unless {@code ?ms=} says otherwise. */
  public static final long HOLD_MILLIS = 2_000;

  private static final byte[] OPENAPI = resource("/fake-openapi.json");

  private static FakeServices instance;

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private volatile CountDownLatch streamRelease = new CountDownLatch(1);
  private final Map<String, Consumer<HttpServerRequest>> scripted = new ConcurrentHashMap<>();

  private FakeServices() {
    server =
        vertx
            .createHttpServer()
            .requestHandler(this::handle)
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .join();
  }

  public static synchronized FakeServices get() {
    if (instance == null) {
      instance = new FakeServices();
    }
    return instance;
  }

  public String url() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** Config pointing every service at this server. */
  public Map<String, String> asAllServices() {
    return Map.of(
        "vizzor.gateway.services.orchestrator", url(),
        "vizzor.gateway.services.market", url(),
        "vizzor.gateway.services.prediction", url(),
        "vizzor.gateway.services.notification", url(),
        "vizzor.gateway.services.agent", url(),
        "vizzor.gateway.services.webhook", url());
  }

  /** Arms the next SSE stream: it sends its first event, then waits for {@link #finishStream}. */
  public void holdNextStream() {
    streamRelease = new CountDownLatch(1);
  }

  public void finishStream() {
    streamRelease.countDown();
  }

  /** Answers every request on {@code path} with this status and JSON body, until {@link #echo}. */
  public void answer(String path, int status, String json) {
    scripted.put(path, request -> request.body().onSuccess(body -> json(request, status, json)));
  }

  /**
   * Closes the connection of every request on {@code path} unanswered, as a service that died does,
   * until {@link #echo}.
   */
  public void hangUp(String path) {
    scripted.put(path, request -> request.connection().close());
  }

  /** Echoes requests on {@code path} again. */
  public void echo(String path) {
    scripted.remove(path);
  }

  private void handle(HttpServerRequest request) {
    if ("1".equals(request.getParam("reset"))) {
      // dies mid-request, as a crashing service would
      request.connection().close();
      return;
    }
    Consumer<HttpServerRequest> script = scripted.get(request.path());
    if (script != null) {
      script.accept(request);
      return;
    }
    switch (request.path()) {
      case "/ws" -> webSocket(request);
      case "/q/health/ready" -> request.response().end("{\"status\":\"UP\"}");
      case "/q/openapi" ->
          request
              .response()
              .putHeader("Content-Type", "application/json")
              .end(Buffer.buffer(OPENAPI));
      case "/v1/chat" -> stream(request);
      case "/v1/agents/hold" ->
          vertx.setTimer(
              request.getParam("ms") == null ? HOLD_MILLIS : Long.parseLong(request.getParam("ms")),
              id -> request.response().end(echo(request).encode()));
      case "/v1/portfolio/silent" -> {
        // never answers: the gateway's idle timeout must turn this into a 503
      }
      default ->
          request
              .body()
              .onSuccess(
                  body -> {
                    request.response().putHeader("Keep-Alive", "timeout=99");
                    json(request, 200, echo(request).put("bodyLength", body.length()).encode());
                  });
    }
  }

  private static void json(HttpServerRequest request, int status, String body) {
    request
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(body);
  }

  private static void webSocket(HttpServerRequest request) {
    String upgrade = echo(request).encode();
    request
        .toWebSocket()
        .onSuccess(
            ws ->
                ws.textMessageHandler(
                    text ->
                        ws.writeTextMessage(text.equals("upgrade") ? upgrade : "echo:" + text)));
  }

  private void stream(HttpServerRequest request) {
    CountDownLatch release = streamRelease;
    request
        .response()
        .setChunked(true)
        .putHeader("Content-Type", "text/event-stream")
        .write("event: token\ndata: {\"text\":\"first\"}\n\n");
    vertx
        .executeBlocking(() -> release.await(10, TimeUnit.SECONDS), false)
        .onComplete(done -> request.response().end("event: done\ndata: {\"type\":\"done\"}\n\n"));
  }

  private static byte[] resource(String name) {
    try (InputStream in = FakeServices.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + name + " missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject echo(HttpServerRequest request) {
    JsonObject headers = new JsonObject();
    request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
    return new JsonObject()
        .put("method", request.method().name())
        .put("path", request.path())
        .put("query", request.query())
        .put("headers", headers);
  }
}
