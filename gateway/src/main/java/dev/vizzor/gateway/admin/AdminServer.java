package dev.vizzor.gateway.admin;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.rest.ErrorResponses;
import dev.vizzor.gateway.account.AccountCursor;
import dev.vizzor.gateway.account.AccountSummary;
import dev.vizzor.gateway.account.StoredKey;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The admin API on its own loopback listener (not the public port), for the {@code vizzor} CLI:
 * {@code POST/GET /admin/keys}, {@code DELETE /admin/keys/{name}}, {@code GET /admin/accounts}
 * (newest first, {@code ?limit=&after=}), {@code GET /admin/accounts/{id or sub}}, {@code PUT
 * /admin/accounts/{id or sub}/tier}, {@code POST /admin/accounts/{id or sub}/credits} ({@code
 * {amount, note}}: chat credits, through orchestrator-service), {@code POST/DELETE/GET
 * /admin/agents/emergency-stop} ({@code {reason}}: the operator's halt of every agent of every
 * account, its lifting, and every active stop, through agent-service). An account is named by its
 * id or its Supabase user's {@code sub}. Every call needs {@code Authorization: Bearer
 * <VIZZOR_ADMIN_TOKEN>}.
 */
@ApplicationScoped
public class AdminServer {
  private static final Logger LOG = Logger.getLogger(AdminServer.class);
  private static final long MAX_BODY_BYTES = 16 * 1024;
  private static final String EMERGENCY_STOP = "/admin/agents/emergency-stop";

  private final Vertx vertx;
  private final AdminService admin;
  private final AdminConfig config;
  private HttpServer server;

  AdminServer(Vertx vertx, AdminService admin, AdminConfig config) {
    this.vertx = vertx;
    this.admin = admin;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    if (config.token().filter(t -> !t.isBlank()).isEmpty()) {
      LOG.warn("VIZZOR_ADMIN_TOKEN is not set: the admin API refuses every call");
    }
    Router router = Router.router(vertx);
    router.route("/admin/*").handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES));
    router.route("/admin/*").handler(this::authorize);
    router.post("/admin/keys").handler(this::createKey);
    router.get("/admin/keys").handler(this::listKeys);
    router.delete("/admin/keys/:name").handler(this::revokeKey);
    router.get("/admin/accounts").handler(this::listAccounts);
    router.get("/admin/accounts/:account").handler(this::showAccount);
    router.put("/admin/accounts/:account/tier").handler(this::setTier);
    router.post("/admin/accounts/:account/credits").handler(this::topUp);
    router.post(EMERGENCY_STOP).handler(this::haltEveryAgent);
    router.delete(EMERGENCY_STOP).handler(this::resumeEveryAgent);
    router.get(EMERGENCY_STOP).handler(this::agentStops);
    router
        .route()
        .last()
        .handler(ctx -> error(ctx, ApiError.of(Problem.NOT_FOUND, "no such admin call")));
    server =
        vertx
            .createHttpServer()
            .requestHandler(router)
            .listen(config.port(), config.host())
            .toCompletionStage()
            .toCompletableFuture()
            .orTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
            .join();
    LOG.infof("admin API on http://%s:%d/admin", config.host(), server.actualPort());
  }

  void stop(@Observes ShutdownEvent event) {
    if (server != null) {
      server
          .close()
          .toCompletionStage()
          .toCompletableFuture()
          .orTimeout(5, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  /** The port actually bound (differs from the configured one when that is 0). */
  public int port() {
    return server.actualPort();
  }

  private void authorize(RoutingContext ctx) {
    String expected = config.token().orElse("");
    String given = ctx.request().getHeader("Authorization");
    boolean ok =
        !expected.isBlank()
            && given != null
            && MessageDigest.isEqual(
                ("Bearer " + expected).getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    if (ok) {
      ctx.next();
    } else {
      error(ctx, ApiError.of(Problem.UNAUTHORIZED, "admin token missing or wrong"));
    }
  }

  private void createKey(RoutingContext ctx) {
    JsonObject body = jsonObject(ctx);
    if (body == null) {
      return;
    }
    respond(
        ctx,
        201,
        admin
            .createKey(
                body.getValue("name") instanceof String name ? name : null,
                body.getValue("type") instanceof String type ? type : null,
                Optional.ofNullable(body.getValue("accountId")).map(Object::toString),
                Optional.ofNullable(body.getValue("tier")).map(Object::toString))
            .map(
                created -> {
                  Map<String, Object> view = keyView(created.key());
                  view.put("key", created.secret());
                  return view;
                }));
  }

  private void listKeys(RoutingContext ctx) {
    respond(
        ctx,
        200,
        admin
            .listKeys()
            .map(keys -> Map.of("data", keys.stream().map(AdminServer::keyView).toList())));
  }

  private void revokeKey(RoutingContext ctx) {
    respond(
        ctx,
        200,
        admin
            .revokeKey(ctx.pathParam("name"))
            .map(
                revoked ->
                    Map.of("name", revoked.name(), "revokedAt", revoked.revokedAt().toString())));
  }

  private void setTier(RoutingContext ctx) {
    JsonObject body = jsonObject(ctx);
    if (body == null) {
      return;
    }
    if (!(body.getValue("tier") instanceof String name)) {
      error(ctx, ApiError.of(Problem.INVALID_REQUEST, "body must carry a tier"));
      return;
    }
    respond(ctx, 200, admin.setTier(ctx.pathParam("account"), name).map(AdminServer::accountView));
  }

  private void topUp(RoutingContext ctx) {
    JsonObject body = jsonObject(ctx);
    if (body == null) {
      return;
    }
    respond(
        ctx,
        200,
        admin
            .topUp(ctx.pathParam("account"), body.getValue("amount"), body.getValue("note"))
            .map(JsonObject::getMap));
  }

  private void haltEveryAgent(RoutingContext ctx) {
    JsonObject body = jsonObject(ctx);
    if (body == null) {
      return;
    }
    respond(ctx, 200, admin.haltEveryAgent(body.getValue("reason")).map(JsonObject::getMap));
  }

  private void resumeEveryAgent(RoutingContext ctx) {
    respond(ctx, 200, admin.resumeEveryAgent().map(JsonObject::getMap));
  }

  private void agentStops(RoutingContext ctx) {
    respond(ctx, 200, admin.agentStops().map(JsonObject::getMap));
  }

  private void listAccounts(RoutingContext ctx) {
    respond(
        ctx,
        200,
        admin
            .listAccounts(query(ctx, "limit"), query(ctx, "after"))
            .map(
                page -> {
                  Map<String, Object> view = new LinkedHashMap<>();
                  view.put("data", page.accounts().stream().map(AdminServer::accountView).toList());
                  view.put("next", page.next().map(AccountCursor::encode).orElse(null));
                  return view;
                }));
  }

  private void showAccount(RoutingContext ctx) {
    respond(ctx, 200, admin.account(ctx.pathParam("account")).map(AdminServer::accountView));
  }

  private static Optional<String> query(RoutingContext ctx, String name) {
    return Optional.ofNullable(ctx.queryParams().get(name));
  }

  /** The request's JSON object, or null after answering 400 when the body is not one. */
  private static JsonObject jsonObject(RoutingContext ctx) {
    try {
      JsonObject body = ctx.body().asJsonObject();
      if (body != null) {
        return body;
      }
    } catch (DecodeException | ClassCastException e) {
      // answered below
    }
    error(ctx, ApiError.of(Problem.INVALID_REQUEST, "body must be a JSON object"));
    return null;
  }

  private static Map<String, Object> accountView(AccountSummary account) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", account.id().toString());
    view.put("tier", account.tier().wire());
    view.put("sub", account.subject().orElse(null));
    view.put("createdAt", account.createdAt().toString());
    view.put("keys", account.activeKeys());
    return view;
  }

  private static Map<String, Object> keyView(StoredKey key) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", key.name());
    view.put("type", key.kind().id());
    view.put("prefix", key.displayPrefix());
    view.put("accountId", key.accountId().toString());
    view.put("tier", key.tier().wire());
    view.put("createdAt", key.createdAt().toString());
    view.put("lastUsedAt", key.lastUsedAt() == null ? null : key.lastUsedAt().toString());
    view.put("revokedAt", key.revokedAt() == null ? null : key.revokedAt().toString());
    return view;
  }

  private static void respond(RoutingContext ctx, int status, Uni<?> result) {
    result
        .ifNoItem()
        .after(Duration.ofSeconds(10))
        .fail()
        .subscribe()
        .with(
            value ->
                ctx.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .end(Json.encodeToBuffer(value)),
            failure -> {
              if (failure instanceof ApiException refused) {
                error(ctx, refused.error());
              } else {
                LOG.error("admin call failed", failure);
                error(
                    ctx,
                    ApiError.of(Problem.INTERNAL, "the admin call failed; see the gateway log"));
              }
            });
  }

  private static void error(RoutingContext ctx, ApiError error) {
    ErrorResponses.send(ctx.response(), ctx.request().path(), error);
  }
}
