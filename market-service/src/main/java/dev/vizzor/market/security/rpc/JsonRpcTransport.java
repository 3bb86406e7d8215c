package dev.vizzor.market.security.rpc;

import dev.vizzor.market.config.EvmRpcConfig;
import dev.vizzor.market.security.Chain;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/**
 * One HTTP POST of a JSON-RPC request. Vert.x's client rather than a REST client because the
 * response must be bounded while it streams in: a node can answer {@code eth_getLogs} with many
 * megabytes; at most the bound is kept in memory and the call fails as soon as it is passed.
 */
@ApplicationScoped
class JsonRpcTransport {
  /** What came back: the status and the body, at most the configured bound. */
  record Reply(int status, byte[] body) {}

  private final Vertx vertx;
  private final HttpClient http;
  private final int maxBytes;

  JsonRpcTransport(Vertx vertx, EvmRpcConfig config) {
    // the connect timeout bounds a dead host; a whole attempt is bounded by the guard's timeout
    this.vertx = vertx;
    this.http =
        vertx.createHttpClient(
            new HttpClientOptions().setConnectTimeout(3000).setMaxPoolSize(8).setKeepAlive(true));
    this.maxBytes = config.maxResponseBytes();
  }

  Uni<Reply> post(Chain chain, String method, URI url, byte[] body) {
    // On the event loop, so the body handler is attached in the tick the response arrives in:
    // called from another thread, the continuation is queued and early body chunks can be lost.
    Context context = vertx.getOrCreateContext();
    return Uni.createFrom()
        .emitter(
            emitter ->
                context.runOnContext(
                    onLoop ->
                        http.request(
                                new RequestOptions()
                                    .setMethod(HttpMethod.POST)
                                    .setAbsoluteURI(url.toString())
                                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                                    .putHeader(HttpHeaders.ACCEPT, "application/json"))
                            .compose(request -> request.send(Buffer.buffer(body)))
                            .compose(response -> read(chain, method, response))
                            .onComplete(
                                result -> {
                                  if (result.succeeded()) {
                                    emitter.complete(result.result());
                                  } else if (result.cause() instanceof RpcErrorException bounded) {
                                    emitter.fail(bounded);
                                  } else {
                                    emitter.fail(
                                        new RpcUnavailableException(
                                            chain, describe(result.cause())));
                                  }
                                })));
  }

  /**
   * Reads the body up to the bound. Past it the call fails at once and the rest is read and dropped
   * rather than the connection reset: the response may already have ended and its connection gone
   * back to the pool, where a reset would fail whichever request took it next.
   */
  private Future<Reply> read(Chain chain, String method, HttpClientResponse response) {
    Promise<Reply> reply = Promise.promise();
    String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
    boolean[] over = {
      length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes
    };
    if (over[0]) {
      reply.fail(RpcErrorException.tooLarge(chain, method, maxBytes));
    }
    Buffer body = Buffer.buffer();
    response.handler(
        chunk -> {
          if (!over[0] && body.length() + chunk.length() > maxBytes) {
            over[0] = true;
            reply.tryFail(RpcErrorException.tooLarge(chain, method, maxBytes));
          } else if (!over[0]) {
            body.appendBuffer(chunk);
          }
        });
    response.exceptionHandler(reply::tryFail);
    response.endHandler(
        end -> reply.tryComplete(new Reply(response.statusCode(), body.getBytes())));
    return reply.future();
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  @PreDestroy
  void close() {
    http.close();
  }
}
