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
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One HTTP POST of a JSON-RPC request. Vert.x's client rather than a REST client because the
 * response must be bounded while it streams in: a node can answer {@code eth_getLogs} with many
 * megabytes; at most the bound is kept in memory and the call fails as soon as it is passed.
 */
@ApplicationScoped
class JsonRpcTransport {
  /** What came back: the status and the body, at most the configured bound. */
  record Reply(int status, byte[] body) {}

  /** Requests waiting for one of the pooled connections; more fail at once as unavailable. */
  private static final int MAX_WAITING = 64;

  private final Vertx vertx;
  private final HttpClient http;
  private final int maxBytes;
  private final long idleMillis;

  JsonRpcTransport(Vertx vertx, EvmRpcConfig config) {
    // The connect timeout bounds a dead host, the idle timeout a node that accepts and then never
    // answers or stops mid-body (the connection is closed, so its pool slot comes back); a whole
    // attempt is bounded by the guard's timeout, whose cancellation resets the request.
    this.vertx = vertx;
    this.http =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout(3000)
                .setMaxPoolSize(8)
                .setMaxWaitQueueSize(MAX_WAITING)
                .setKeepAlive(true));
    this.maxBytes = config.maxResponseBytes();
    this.idleMillis = config.timeout().toMillis();
  }

  Uni<Reply> post(Chain chain, String method, URI url, byte[] body) {
    // On the event loop, so the body handler is attached in the tick the response arrives in:
    // called from another thread, the continuation is queued and early body chunks can be lost.
    Context context = vertx.getOrCreateContext();
    return Uni.createFrom()
        .emitter(
            emitter -> {
              AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
              AtomicBoolean settled = new AtomicBoolean();
              // a caller that stopped waiting (the guard's timeout) frees the connection now
              emitter.onTermination(
                  () ->
                      context.runOnContext(
                          later -> {
                            if (!settled.get() && sent.get() != null) {
                              sent.get().reset();
                            }
                          }));
              context.runOnContext(
                  onLoop ->
                      http.request(
                              new RequestOptions()
                                  .setMethod(HttpMethod.POST)
                                  .setAbsoluteURI(url.toString())
                                  .setIdleTimeout(idleMillis)
                                  .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                                  .putHeader(HttpHeaders.ACCEPT, "application/json"))
                          .onSuccess(sent::set)
                          .compose(request -> request.send(Buffer.buffer(body)))
                          .compose(response -> read(chain, method, response))
                          .onComplete(
                              result -> {
                                settled.set(true);
                                if (result.succeeded()) {
                                  emitter.complete(result.result());
                                } else if (result.cause() instanceof RpcErrorException bounded) {
                                  emitter.fail(bounded);
                                } else {
                                  emitter.fail(
                                      new RpcUnavailableException(chain, describe(result.cause())));
                                }
                              }));
            });
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
