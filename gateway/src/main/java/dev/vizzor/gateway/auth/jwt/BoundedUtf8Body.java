package dev.vizzor.gateway.auth.jwt;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;
import java.nio.charset.StandardCharsets;

/**
 * A response body codec that reads UTF-8 text but fails as soon as more than a set number of bytes
 * arrive, so a misbehaving endpoint cannot make us buffer an unbounded body. The web client's own
 * codecs buffer everything.
 */
final class BoundedUtf8Body implements BodyCodec<String> {
  private final int maxBytes;

  BoundedUtf8Body(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void create(Handler<AsyncResult<BodyStream<String>>> handler) {
    handler.handle(Future.succeededFuture(new Stream()));
  }

  private final class Stream implements BodyStream<String> {
    private final Buffer received = Buffer.buffer();
    private final Promise<String> result = Promise.promise();

    @Override
    public Future<String> result() {
      return result.future();
    }

    @Override
    public void handle(Throwable failure) {
      result.tryFail(failure);
    }

    @Override
    public Future<Void> write(Buffer data) {
      if (received.length() + data.length() > maxBytes) {
        // Failing the write ends the pipe from the response, which fails the request.
        IllegalStateException tooLarge =
            new IllegalStateException("body larger than " + maxBytes + " bytes");
        result.tryFail(tooLarge);
        return Future.failedFuture(tooLarge);
      }
      received.appendBuffer(data);
      return Future.succeededFuture();
    }

    @Override
    public void write(Buffer data, Handler<AsyncResult<Void>> handler) {
      handler.handle(write(data));
    }

    @Override
    public void end(Handler<AsyncResult<Void>> handler) {
      result.tryComplete(received.toString(StandardCharsets.UTF_8));
      if (handler != null) {
        handler.handle(Future.succeededFuture());
      }
    }

    @Override
    public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
      return this;
    }

    @Override
    public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
      return this;
    }

    @Override
    public boolean writeQueueFull() {
      return false;
    }

    @Override
    public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
      return this;
    }
  }
}
