package dev.vizzor.market.rest;

import dev.vizzor.market.client.UpstreamException;
import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.service.UnknownAssetException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error market-service answers is JSON in its path's family envelope, never a framework page:
 * 400 for bad input, 404 for unknown assets and paths, 503 with {@code retryAfter} when a live
 * upstream is down, 500 otherwise.
 */
public class MarketErrorMappers {

  /** After a timeout or upstream error, with the circuit still closed. */
  static final long UPSTREAM_RETRY_SECONDS = 5;

  private static final Logger LOG = Logger.getLogger(MarketErrorMappers.class);

  /** How long an open circuit stays open: no sooner is a retry worth it. */
  private final long circuitOpenRetrySeconds;

  MarketErrorMappers(
      @ConfigProperty(name = "quarkus.fault-tolerance.global.circuit-breaker.delay") long delay,
      @ConfigProperty(name = "quarkus.fault-tolerance.global.circuit-breaker.delay-unit")
          ChronoUnit unit) {
    this.circuitOpenRetrySeconds = Math.max(1, Duration.of(delay, unit).toSeconds());
  }

  @ServerExceptionMapper
  public Response problem(ApiProblem problem, HttpServerRequest request) {
    return ErrorBodies.response(
        request.path(), problem.status(), problem.code(), problem.getMessage(), null);
  }

  @ServerExceptionMapper
  public Response badArgument(InvalidArgumentException invalid, HttpServerRequest request) {
    return ErrorBodies.response(request.path(), 400, "invalid_request", invalid.getMessage(), null);
  }

  @ServerExceptionMapper
  public Response unknownAsset(UnknownAssetException unknown, HttpServerRequest request) {
    return ErrorBodies.response(request.path(), 404, "not_found", unknown.getMessage(), null);
  }

  @ServerExceptionMapper({
    UpstreamException.class,
    CircuitBreakerOpenException.class,
    TimeoutException.class,
    ProcessingException.class
  })
  public Response upstreamDown(Exception failure, HttpServerRequest request) {
    LOG.warnf("market upstream unavailable on %s: %s", request.path(), failure.toString());
    long retryAfter =
        failure instanceof CircuitBreakerOpenException
            ? circuitOpenRetrySeconds
            : UPSTREAM_RETRY_SECONDS;
    return ErrorBodies.response(
        request.path(),
        503,
        "service_unavailable",
        "the market data source is unavailable; retry later",
        retryAfter);
  }

  @ServerExceptionMapper
  public Response framework(WebApplicationException exception, HttpServerRequest request) {
    int status = exception.getResponse().getStatus();
    return ErrorBodies.response(
        request.path(), status, ErrorBodies.codeOf(status), exception.getMessage(), null);
  }

  @ServerExceptionMapper
  public Response unexpected(Exception exception, HttpServerRequest request) {
    LOG.error("market request failed: " + request.path(), exception);
    return ErrorBodies.response(
        request.path(), 500, "internal_error", "the request could not be answered", null);
  }
}
