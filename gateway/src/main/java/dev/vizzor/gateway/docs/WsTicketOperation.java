package dev.vizzor.gateway.docs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.gateway.auth.WsTicket;
import dev.vizzor.gateway.route.Route;
import dev.vizzor.gateway.route.RouteTable;
import io.vertx.core.http.HttpMethod;
import java.util.Optional;

/**
 * {@code POST /v1/notifications/ws-ticket}, which the gateway answers itself, so no service's
 * document describes it: added to the section of the service whose socket it opens.
 */
final class WsTicketOperation {
  private WsTicketOperation() {}

  /** The route, if it is listed in {@code service}'s section. */
  static Optional<Route> in(String service) {
    RouteTable.Match match = RouteTable.match(HttpMethod.POST, RouteTable.WS_TICKET);
    if (match instanceof RouteTable.Match.Found found && found.route().service().equals(service)) {
      return Optional.of(found.route());
    }
    return Optional.empty();
  }

  static void addTo(ObjectNode paths, EdgeResponses edgeResponses, Route route) {
    ObjectNode operation = paths.putObject(RouteTable.WS_TICKET).putObject("post");
    // Beside the notification service's own operations, which carry this tag.
    operation.putArray("tags").add("notifications");
    operation.put("summary", "A single-use ticket that opens WS /ws from a browser");
    operation.put(
        "description",
        "Browsers cannot set headers on a WebSocket upgrade, and a key in a URL lives on in logs"
            + " and history. Ask here with any credential, then open `/ws?ticket=…` (the `url`)"
            + " before `expiresAt`: the socket acts for the same account and credential, holds one"
            + " of its concurrency slots while open, and the ticket is spent on the first upgrade"
            + " (across all gateway nodes). An unknown, spent or expired ticket is a 401."
            + " On anything but a WebSocket upgrade, `ticket` is no credential.");
    operation.put("operationId", "createWsTicket");
    ObjectNode created =
        operation
            .putObject("responses")
            .putObject("201")
            .put("description", "The ticket; never cached (`Cache-Control: no-store`).");
    ObjectNode schema = RecordSchema.of(WsTicket.class);
    ObjectNode fields = schema.withObject("/properties");
    fields.withObject("/ticket").put("description", "32 random bytes, base64url, unpadded.");
    fields
        .withObject("/expiresAt")
        .put("format", "date-time")
        .put("description", "When the ticket stops opening a socket (UTC).");
    fields.withObject("/url").put("description", "The path to open the WebSocket with.");
    created.withObject("/content").withObject("/application~1json").set("schema", schema);
    operation
        .withObject("/responses")
        .putObject("503")
        .put("description", "No ticket can be stored right now (the gateway's Redis is down).");
    edgeResponses.addTo(operation, route);
  }
}
