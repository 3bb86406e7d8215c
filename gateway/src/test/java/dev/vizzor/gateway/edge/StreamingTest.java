package dev.vizzor.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.gateway.admin.AdminServer;
import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.FakeServices;
import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.gateway.support.Slots;
import dev.vizzor.gateway.support.WebSockets;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SSE flows through unbuffered; WebSockets upgrade through the gateway, authenticated (tickets in
 * detail: {@code WsTicketTest}).
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class StreamingTest {
  @Inject AdminServer adminServer;

  @TestHTTPResource("/")
  URL gateway;

  @Test
  void theFirstSseEventArrivesWhileTheUpstreamIsStillStreaming() throws Exception {
    Admin.Key key = new Admin(adminServer.port()).createKey("api", "pro");
    FakeServices.get().holdNextStream();
    HttpRequest request =
        HttpRequest.newBuilder(gateway.toURI().resolve("/v1/chat"))
            .header("X-API-Key", key.secret())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"predict BTC 4h\"}"))
            .build();
    HttpResponse<java.io.InputStream> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, response.statusCode());
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> readLine(lines));
      // The upstream holds the stream open until told to finish: the first event must be here now.
      assertEquals("event: token", first.get(5, TimeUnit.SECONDS));
      assertEquals("data: {\"text\":\"first\"}", readLine(lines));
      FakeServices.get().finishStream();
      readLine(lines);
      assertEquals("event: done", readLine(lines));
    } finally {
      FakeServices.get().finishStream();
    }
  }

  @Test
  void aWebSocketMessageRoundTripsThroughTheGatewayOpenedWithATicket() throws Exception {
    Admin.Key key = new Admin(adminServer.port()).createKey("api", "pro");
    String ticket = WebSockets.ticket(given().header("X-API-Key", key.secret()));
    Vertx vertx = Vertx.vertx();
    try {
      WebSocket socket =
          WebSockets.open(vertx.createWebSocketClient(), gateway.getPort(), "/ws?ticket=" + ticket);
      assertEquals("echo:hello", WebSockets.reply(socket, "hello"));
      socket.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    } finally {
      vertx.close();
    }
  }

  @Test
  void aWebSocketUpgradeWithoutCredentialsIsRefused() {
    WebSockets.upgrade()
        .get("/ws")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthorized"));
  }

  @Test
  void anOpenWebSocketHoldsAConcurrencySlotUntilItCloses() throws Exception {
    Admin.Key key = new Admin(adminServer.port()).createKey("api", "free");
    Vertx vertx = Vertx.vertx();
    try {
      WebSocketClient client = vertx.createWebSocketClient();
      WebSocketConnectOptions options =
          new WebSocketConnectOptions()
              .setHost("127.0.0.1")
              .setPort(gateway.getPort())
              .setURI("/ws")
              .addHeader("X-API-Key", key.secret());
      WebSocket first = WebSockets.open(client, options);
      WebSocket second = WebSockets.open(client, options);
      // Free allows 2 at once: a third request waits for one of the sockets to close.
      given().header("X-API-Key", key.secret()).get("/v1/market/trending").then().statusCode(429);
      first.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
      Slots.awaitFree(key.secret());
      second.close();
    } finally {
      vertx.close();
    }
  }

  @Test
  void aClientThatStopsAnsweringPingsIsClosedAndItsSlotFreed() throws Exception {
    Admin.Key key = new Admin(adminServer.port()).createKey("api", "free");
    Vertx vertx = Vertx.vertx();
    try (Socket silent = new Socket("127.0.0.1", gateway.getPort())) {
      silent.setSoTimeout(10_000);
      silent
          .getOutputStream()
          .write(
              ("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                      + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                      + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nX-API-Key: "
                      + key.secret()
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      DataInputStream in = new DataInputStream(silent.getInputStream());
      assertTrue(asciiLine(in).startsWith("HTTP/1.1 101"));
      while (!asciiLine(in).isEmpty()) {
        // the upgrade's headers
      }
      // Free allows 2 at once: this one and a well-behaved one (Vert.x answers pings) fill them
      WebSocket answering =
          WebSockets.open(
              vertx.createWebSocketClient(),
              new WebSocketConnectOptions()
                  .setHost("127.0.0.1")
                  .setPort(gateway.getPort())
                  .setURI("/ws")
                  .addHeader("X-API-Key", key.secret()));
      given().header("X-API-Key", key.secret()).get("/v1/market/trending").then().statusCode(429);

      int pings = 0;
      int opcode;
      do {
        opcode = in.readUnsignedByte() & 0x0F;
        in.skipNBytes(in.readUnsignedByte() & 0x7F); // the server's frames are short, unmasked
        pings += opcode == 0x9 ? 1 : 0;
      } while (opcode != 0x8);
      assertTrue(pings > 0, "pinged before being closed");
      Slots.awaitFree(key.secret());
      assertTrue(!answering.isClosed(), "a client that answers pings stays connected");
      answering.close();
    } finally {
      vertx.close();
    }
  }

  private static String asciiLine(DataInputStream in) throws java.io.IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      assertTrue(c >= 0, "connection ended mid-line");
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static String readLine(BufferedReader lines) {
    try {
      String line = lines.readLine();
      assertTrue(line != null, "stream ended early");
      return line;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
