package dev.vizzor.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a JAX-RS endpoint of any service answers is JSON in its path's family envelope, never
 * a framework page: an {@link ApiException} as it says; a status the framework chose (unknown
 * method, unreadable body, wrong media type) with its problem; an outbound call that failed or
 * whose circuit is open as 503 with when to retry; anything else as a logged 500.
 */
public class ApiExceptionMappers {
  private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

  /** After a timeout or a failed call with the circuit still closed. */
  static final long UNAVAILABLE_RETRY_SECONDS = 5;

  /** How long an open circuit stays open: no sooner is a retry worth it. */
  private final long circuitOpenRetrySeconds;

  ApiExceptionMappers(
      @ConfigProperty(name = "quarkus.fault-tolerance.global.circuit-breaker.delay")
          Optional<Long> delay,
      @ConfigProperty(name = "quarkus.fault-tolerance.global.circuit-breaker.delay-unit")
          Optional<ChronoUnit> unit) {
    // MicroProfile Fault Tolerance's own default delay is 5 s.
    this.circuitOpenRetrySeconds =
        Math.max(1, Duration.of(delay.orElse(5L), unit.orElse(ChronoUnit.SECONDS)).toSeconds());
  }

  @ServerExceptionMapper
  public Response answer(ApiException exception, HttpServerRequest request) {
    return ErrorResponses.response(request.path(), exception.error());
  }

  @ServerExceptionMapper
  public Response framework(WebApplicationException exception, HttpServerRequest request) {
    Response original = exception.getResponse();
    Problem problem = Problem.ofStatus(original.getStatus());
    String allow = original.getHeaderString(HttpHeaders.ALLOW);
    // The framework's own texts ("HTTP 404 Not Found") tell a caller nothing it did not know.
    String message =
        switch (problem) {
          case NOT_FOUND -> "nothing is served at " + request.path();
          case METHOD_NOT_ALLOWED ->
              request.path()
                  + " does not take "
                  + request.method()
                  + (allow == null ? "" : "; it takes " + allow);
          // a body the JSON reader gave up on (truncated, say) reaches here, not unreadableJson
          case INVALID_REQUEST ->
              exception.getCause() instanceof JsonProcessingException
                  ? "the body is not the JSON this endpoint takes"
                  : exception.getMessage();
          default -> exception.getMessage();
        };
    ApiError error =
        problem.retryable()
            ? ApiError.retryable(problem, message, UNAVAILABLE_RETRY_SECONDS)
            : ApiError.of(problem, message).withStatus(original.getStatus());
    Response answer = ErrorResponses.response(request.path(), error);
    return allow == null ? answer : Response.fromResponse(answer).header("Allow", allow).build();
  }

  /** A body that is not JSON, or not of the expected shape. */
  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException exception, HttpServerRequest request) {
    String where =
        exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
            ? " at "
                + mapping.getPath().stream()
                    .map(
                        r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
            : "";
    return ErrorResponses.response(
        request.path(),
        ApiError.of(
            Problem.INVALID_REQUEST, "the body is not the JSON this endpoint takes" + where));
  }

  @ServerExceptionMapper
  public Response unexpected(Exception exception, HttpServerRequest request) {
    if (exception instanceof FaultToleranceException || exception instanceof ProcessingException) {
      LOG.warnf("%s: a call this request needs failed: %s", request.path(), exception.toString());
      long retryAfter =
          exception instanceof CircuitBreakerOpenException
              ? circuitOpenRetrySeconds
              : UNAVAILABLE_RETRY_SECONDS;
      return ErrorResponses.response(
          request.path(),
          ApiError.retryable(
              Problem.SERVICE_UNAVAILABLE,
              "a source this request needs is unavailable; retry later",
              retryAfter));
    }
    LOG.error(request.method() + " " + request.path() + " failed", exception);
    return ErrorResponses.response(
        request.path(), ApiError.of(Problem.INTERNAL, "the request failed; retry with backoff"));
  }
}
