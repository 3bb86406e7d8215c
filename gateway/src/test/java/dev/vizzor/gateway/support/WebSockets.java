package dev.vizzor.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * WebSockets through the gateway under test, as a browser gets them: a ticket asked for with a
 * credential, then an upgrade of {@code /ws}; a refused upgrade read as the plain answer it is.
 */
public final class WebSockets {
  public static final String TICKET_PATH = "/v1/notifications/ws-ticket";

  private WebSockets() {}

  /** A ticket minted for whoever {@code credential} names; fails the test unless 201. */
  public static String ticket(RequestSpecification credential) {
    return credential.post(TICKET_PATH).then().statusCode(201).extract().path("ticket");
  }

  /**
   * A WebSocket upgrade request through RestAssured, for upgrades the gateway refuses: a WebSocket
   * client reports a refusal without its body.
   */
  public static RequestSpecification upgrade() {
    return given()
        .header("Connection", "Upgrade")
        .header("Upgrade", "websocket")
        .header("Sec-WebSocket-Version", "13")
        .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
  }

  public static WebSocket open(WebSocketClient client, int port, String uri) throws Exception {
    return open(
        client, new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI(uri));
  }

  public static WebSocket open(WebSocketClient client, WebSocketConnectOptions options)
      throws Exception {
    return client
        .connect(options)
        .toCompletionStage()
        .toCompletableFuture()
        .get(5, TimeUnit.SECONDS);
  }

  /** Sends {@code text} and waits for the next text message. */
  public static String reply(WebSocket socket, String text) throws Exception {
    CompletableFuture<String> reply = new CompletableFuture<>();
    socket.textMessageHandler(reply::complete);
    socket.writeTextMessage(text);
    return reply.get(5, TimeUnit.SECONDS);
  }
}
