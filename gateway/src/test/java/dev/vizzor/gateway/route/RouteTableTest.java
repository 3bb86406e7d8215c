package dev.vizzor.gateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.common.error.ApiFamily;
import io.vertx.core.http.HttpMethod;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTableTest {

  @ParameterizedTest(name = "{0} {1} goes to {2} ({3})")
  @CsvSource({
    "POST, /v1/chat, orchestrator, VIZZOR",
    "POST, /v1/chat/thread, orchestrator, VIZZOR",
    "GET, /v1/conversations, orchestrator, VIZZOR",
    "GET, /v1/conversations/abc-123, orchestrator, VIZZOR",
    "POST, /chat, orchestrator, ZMARTY",
    "GET, /healthz, orchestrator, ZMARTY",
    "GET, /v1/market/price/BTC, market, VIZZOR",
    "GET, /v1/market/prices, market, VIZZOR",
    "GET, /v1/market/trending, market, VIZZOR",
    "GET, /v1/market/fear-greed, market, VIZZOR",
    "GET, /v1/market/trenches, market, VIZZOR",
    "GET, /v1/market/ml-health, prediction, VIZZOR",
    "POST, /trends, market, VIZZOR",
    "POST, /scan, market, VIZZOR",
    "POST, /track, market, VIZZOR",
    "POST, /audit, market, VIZZOR",
    "GET, /v1/chronovisor/predictions, prediction, VIZZOR",
    "GET, /v1/chronovisor/accuracy, prediction, VIZZOR",
    "GET, /v1/chronovisor/BTC, prediction, VIZZOR",
    "POST, /predict, prediction, VIZZOR",
    "POST, /v1/backtest, prediction, VIZZOR",
    "GET, /v1/notifications, notification, VIZZOR",
    "POST, /v1/notifications/ws-ticket, notification, VIZZOR",
    "DELETE, /v1/notifications/rules/7, notification, VIZZOR",
    "GET, /ws, notification, VIZZOR",
    "POST, /v1/agents/emergency-stop, agent, VIZZOR",
    "GET, /v1/portfolio/42, agent, VIZZOR",
    "POST, /v1/polymarket/trade, agent, VIZZOR",
    "GET, /api/v1/trends, market, VELOCITY",
    "GET, /api/v1/pulse, market, VELOCITY",
    "POST, /functions/v1/watchers-upsert, webhook, ZMARTY",
  })
  void routesEveryDesignedPathToItsServiceAndFamily(
      String method, String path, String service, ApiFamily family) {
    RouteTable.Match match = RouteTable.match(HttpMethod.valueOf(method), path);
    Route route = assertInstanceOf(RouteTable.Match.Found.class, match).route();
    assertEquals(service, route.service());
    assertEquals(family, route.family());
  }

  @Test
  void onlyTheWebhookAndHealthzSkipUserCredentials() {
    RouteTable.Match webhook = RouteTable.match(HttpMethod.POST, "/functions/v1/watchers-upsert");
    RouteTable.Match healthz = RouteTable.match(HttpMethod.GET, "/healthz");
    RouteTable.Match chat = RouteTable.match(HttpMethod.POST, "/chat");
    assertEquals(true, ((RouteTable.Match.Found) webhook).route().open());
    assertEquals(true, ((RouteTable.Match.Found) healthz).route().open());
    assertEquals(false, ((RouteTable.Match.Found) chat).route().open());
  }

  @Test
  void onlyTheWsTicketIsAnsweredByTheGatewayAndItMakesUpNoService() {
    Route ticket = found(HttpMethod.POST, "/v1/notifications/ws-ticket");
    assertTrue(ticket.gatewayServed());
    assertFalse(ticket.open(), "minted for a credential");
    assertFalse(found(HttpMethod.GET, "/v1/notifications/rules").gatewayServed());
    assertFalse(found(HttpMethod.GET, "/ws").gatewayServed());
    assertEquals(
        "POST",
        assertInstanceOf(
                RouteTable.Match.WrongMethod.class,
                RouteTable.match(HttpMethod.GET, "/v1/notifications/ws-ticket"))
            .allowed());
    assertEquals(
        Set.of("orchestrator", "market", "prediction", "notification", "agent", "webhook"),
        Set.copyOf(RouteTable.services()));
  }

  @Test
  void aKnownPathWithAnotherMethodIsAWrongMethodNotAMissingRoute() {
    RouteTable.Match match = RouteTable.match(HttpMethod.GET, "/trends");
    assertEquals("POST", assertInstanceOf(RouteTable.Match.WrongMethod.class, match).allowed());
  }

  @Test
  void prefixesDoNotMatchLongerSegmentNames() {
    assertInstanceOf(
        RouteTable.Match.NoRoute.class, RouteTable.match(HttpMethod.GET, "/v1/agentsX"));
    assertInstanceOf(
        RouteTable.Match.NoRoute.class, RouteTable.match(HttpMethod.GET, "/api/v1/trendsX"));
  }

  private static Route found(HttpMethod method, String path) {
    return assertInstanceOf(RouteTable.Match.Found.class, RouteTable.match(method, path)).route();
  }
}
