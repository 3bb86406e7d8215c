package dev.vizzor.gateway.edge;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiFamily;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.identity.CredentialKind;
import dev.vizzor.common.identity.Tier;
import dev.vizzor.common.rest.ErrorResponses;
import dev.vizzor.gateway.auth.AuthenticationFailed;
import dev.vizzor.gateway.auth.CredentialExtractor;
import dev.vizzor.gateway.auth.CredentialResolver;
import dev.vizzor.gateway.auth.Principal;
import dev.vizzor.gateway.limit.AdmissionIds;
import dev.vizzor.gateway.limit.EdgeLimiter;
import dev.vizzor.gateway.limit.LimitDecision;
import dev.vizzor.gateway.limit.LimitRequest;
import dev.vizzor.gateway.limit.LimitsConfig;
import dev.vizzor.gateway.limit.Policy;
import dev.vizzor.gateway.limit.RateLimitHeaders;
import dev.vizzor.gateway.proxy.InternalTokenSigner;
import dev.vizzor.gateway.proxy.ProxyConfig;
import dev.vizzor.gateway.proxy.UpstreamProxy;
import dev.vizzor.gateway.proxy.WebSocketRelay;
import dev.vizzor.gateway.route.Route;
import dev.vizzor.gateway.route.RouteTable;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The edge pipeline for every routed request, in this order: request id, path sanity, route lookup,
 * body size, credential, limits (one atomic step), identity swap, proxy (or, on the WebSocket
 * ticket's route, the gateway's own answer). Every refusal is answered in the path's family
 * envelope; nothing reaches a service unverified.
 */
@ApplicationScoped
public class EdgeHandler {
  private static final Logger LOG = Logger.getLogger(EdgeHandler.class);

  private final CredentialResolver credentials;
  private final EdgeLimiter limiter;
  private final InternalTokenSigner tokens;
  private final UpstreamProxy proxy;
  private final WebSocketRelay webSockets;
  private final WsTicketEndpoint wsTickets;
  private final LimitsConfig limits;
  private final ProxyConfig proxyConfig;

  EdgeHandler(
      CredentialResolver credentials,
      EdgeLimiter limiter,
      InternalTokenSigner tokens,
      UpstreamProxy proxy,
      WebSocketRelay webSockets,
      WsTicketEndpoint wsTickets,
      LimitsConfig limits,
      ProxyConfig proxyConfig) {
    this.credentials = credentials;
    this.limiter = limiter;
    this.tokens = tokens;
    this.proxy = proxy;
    this.webSockets = webSockets;
    this.wsTickets = wsTickets;
    this.limits = limits;
    this.proxyConfig = proxyConfig;
  }

  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    request.pause();
    RequestIds.ensure(request);
    String path = request.path();
    if (!path.equals(ctx.normalizedPath())) {
      refuse(ctx, Problem.INVALID_REQUEST, "The path must not contain '.', '..' or empty segments");
      return;
    }
    switch (RouteTable.match(request.method(), path)) {
      case RouteTable.Match.NoRoute none -> refuse(ctx, Problem.NOT_FOUND, "No route for " + path);
      case RouteTable.Match.WrongMethod wrong -> {
        request.response().putHeader(HttpHeaders.ALLOW, wrong.allowed());
        refuse(ctx, Problem.METHOD_NOT_ALLOWED, path + " accepts " + wrong.allowed() + " only");
      }
      case RouteTable.Match.Found found -> {
        if (tooLarge(request)) {
          refuse(
              ctx,
              Problem.PAYLOAD_TOO_LARGE,
              "Request bodies are limited to " + proxyConfig.maxBodyBytes() + " bytes");
        } else if (found.route().open()) {
          forwardOpen(ctx, found.route());
        } else {
          forwardForUser(ctx, found.route());
        }
      }
    }
  }

  /** An open route: no credential read, a per-IP limit, the anonymous internal token. */
  private void forwardOpen(RoutingContext ctx, Route route) {
    String ip = ctx.request().remoteAddress().hostAddress();
    LimitRequest.ClientIp limit =
        new LimitRequest.ClientIp(ip, limits.openPerIpPerMinute(), AdmissionIds.next());
    OnRequestContext.of(limiter.admit(limit))
        .subscribe()
        .with(
            decision -> {
              RateLimitHeaders.apply(
                  ctx.response().headers(), decision, System.currentTimeMillis());
              if (!decision.admitted()) {
                refuseLimited(ctx, decision);
                return;
              }
              IdentityHeaders.replace(ctx.request().headers(), tokens.anonymousToken());
              proxy.forward(ctx.request(), route);
            },
            failure -> fail(ctx, failure));
  }

  private void forwardForUser(RoutingContext ctx, Route route) {
    OnRequestContext.of(credentials.resolve(CredentialExtractor.extract(ctx.request())))
        .flatMap(
            principal ->
                OnRequestContext.of(admit(ctx, route, principal))
                    .map(d -> new Admission(principal, d)))
        .subscribe()
        .with(admission -> proceed(ctx, route, admission), failure -> fail(ctx, failure));
  }

  private record Admission(Principal principal, LimitDecision decision) {}

  private Uni<LimitDecision> admit(RoutingContext ctx, Route route, Principal principal) {
    int ownPerMinute = principal.kind() == CredentialKind.API_KEY ? limits.apiKeyPerMinute() : 0;
    return limiter.admit(
        new LimitRequest.User(
            principal.accountId(),
            principal.keyId(),
            principal.tier(),
            ownPerMinute,
            route.family() == ApiFamily.VELOCITY,
            AdmissionIds.next()));
  }

  private void proceed(RoutingContext ctx, Route route, Admission admission) {
    LimitDecision decision = admission.decision();
    RateLimitHeaders.apply(ctx.response().headers(), decision, System.currentTimeMillis());
    switch (decision.outcome()) {
      case KEY_REVOKED -> refuse(ctx, Problem.UNAUTHORIZED, "Missing or invalid credential");
      case TIER_TOO_LOW ->
          refuse(
              ctx,
              Problem.TIER_TOO_LOW,
              "The REST API requires the Starter plan or above; upgrade to get access");
      case MINUTE_EXCEEDED, DAILY_QUOTA_EXCEEDED, CONCURRENCY_EXCEEDED ->
          refuseLimited(ctx, decision);
      case ADMITTED -> {
        Runnable release = once(() -> decision.lease().ifPresent(limiter::release));
        if (route.gatewayServed()) {
          // The one route the gateway answers itself: the WebSocket ticket.
          ctx.addEndHandler(ended -> release.run());
          wsTickets.answer(ctx, admission.principal());
          return;
        }
        Tier tier = decision.tier().orElse(admission.principal().tier());
        IdentityHeaders.replace(
            ctx.request().headers(), tokens.tokenFor(admission.principal(), tier));
        if (CredentialExtractor.upgrade(ctx.request())) {
          // The relay outlives the upgrade response: the slot is freed when the socket closes.
          webSockets.relay(ctx.request(), route.service(), release);
        } else {
          ctx.addEndHandler(ended -> release.run());
          proxy.forward(ctx.request(), route);
        }
      }
    }
  }

  /** Releases the request's slot once, when its response ends, fails or its client goes away. */
  private static Runnable once(Runnable release) {
    AtomicBoolean done = new AtomicBoolean();
    return () -> {
      if (done.compareAndSet(false, true)) {
        release.run();
      }
    };
  }

  private void refuseLimited(RoutingContext ctx, LimitDecision decision) {
    int limit = decision.limiting().map(Policy::limit).orElse(0);
    String message =
        switch (decision.outcome()) {
          case DAILY_QUOTA_EXCEEDED -> "Daily quota exhausted: " + limit + " requests per UTC day";
          case CONCURRENCY_EXCEEDED -> "Too many requests in flight: " + limit + " at once";
          default -> "Rate limit exceeded: " + limit + " requests per minute";
        };
    send(ctx, overLimit(message, limit, decision.retryAfterSeconds()));
  }

  /**
   * The refusal of a request over a limit (also the example in {@code /docs}): every family says
   * when to retry, and Zmarty's body names the limit, as seed 002 shows.
   */
  public static ApiError overLimit(String message, int limit, long retryAfterSeconds) {
    return ApiError.retryable(Problem.RATE_LIMITED, message, retryAfterSeconds)
        .with("limit", limit);
  }

  private void fail(RoutingContext ctx, Throwable failure) {
    if (failure instanceof AuthenticationFailed refused) {
      LOG.debugf(
          "%s %s refused: %s", ctx.request().method(), ctx.request().path(), refused.reason());
      refuse(ctx, Problem.UNAUTHORIZED, "Missing or invalid credential");
      return;
    }
    LOG.errorf(failure, "%s %s failed at the edge", ctx.request().method(), ctx.request().path());
    send(
        ctx,
        ApiError.retryable(
            Problem.SERVICE_UNAVAILABLE,
            "The gateway cannot verify credentials right now; retry later",
            proxyConfig.retryAfterSeconds()));
  }

  private static void refuse(RoutingContext ctx, Problem problem, String message) {
    send(ctx, ApiError.of(problem, message));
  }

  private static void send(RoutingContext ctx, ApiError error) {
    ErrorResponses.send(ctx.response(), ctx.request().path(), error);
  }

  private boolean tooLarge(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return false;
    }
    try {
      return Long.parseLong(length.strip()) > proxyConfig.maxBodyBytes();
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
