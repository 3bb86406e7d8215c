package dev.vizzor.gateway.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.common.error.ApiFamily;
import dev.vizzor.gateway.route.Route;
import dev.vizzor.gateway.route.RouteTable;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;

/**
 * A service's OpenAPI document rewritten as a client sees that service at the gateway: only the
 * operations the gateway routes to it ({@link RouteTable}, method by method), so nothing under
 * {@code /internal} or {@code /q}, plus the one the gateway answers in its section (the WebSocket
 * ticket, {@link WsTicketOperation}); the gateway as the server; the three credentials as security
 * schemes, any one of them enough (the signed webhook needs none); the gateway's own answers in
 * each route's family envelope. A service describes itself as it serves the gateway; this is the
 * other side.
 */
@ApplicationScoped
public class ClientView {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final EdgeResponses edgeResponses;

  ClientView(ObjectMapper json) {
    this.edgeResponses = new EdgeResponses(json);
  }

  /** Rewrites {@code document}, the service's own {@code /q/openapi}, in place and returns it. */
  public ObjectNode of(String service, ObjectNode document) {
    ObjectNode paths = document.withObject("/paths");
    paths
        .properties()
        .removeIf(path -> !keepRouted(service, path.getKey(), (ObjectNode) path.getValue()));
    WsTicketOperation.in(service)
        .ifPresent(route -> WsTicketOperation.addTo(paths, edgeResponses, route));
    document.putArray("servers").addObject().put("url", "/").put("description", "the gateway");
    document.set("security", CredentialSchemes.anyOne());
    ObjectNode components = document.withObject("/components");
    components.set("securitySchemes", CredentialSchemes.schemes());
    ObjectNode schemas = components.withObject("/schemas");
    for (ApiFamily family : ApiFamily.values()) {
      schemas.set(FamilyErrorSchema.name(family), FamilyErrorSchema.schema(family));
    }
    UnusedDefinitions.remove(document);
    return document;
  }

  /** Keeps the operations routed to {@code service}; whether any is left. */
  private boolean keepRouted(String service, String path, ObjectNode item) {
    item.properties()
        .removeIf(
            entry -> {
              if (!METHODS.contains(entry.getKey())) {
                return false;
              }
              HttpMethod method = HttpMethod.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
              if (RouteTable.match(method, path) instanceof RouteTable.Match.Found found
                  && found.route().service().equals(service)
                  && !found.route().gatewayServed()) {
                asClientSees((ObjectNode) entry.getValue(), found.route());
                return false;
              }
              return true;
            });
    return item.properties().stream().anyMatch(entry -> METHODS.contains(entry.getKey()));
  }

  private void asClientSees(ObjectNode operation, Route route) {
    // Whatever the service requires of its callers (the gateway's internal token) is not the
    // client's business: the client meets the document's credentials, or none on an open route.
    operation.remove("security");
    if (route.open()) {
      operation.putArray("security");
    }
    edgeResponses.addTo(operation, route);
  }
}
