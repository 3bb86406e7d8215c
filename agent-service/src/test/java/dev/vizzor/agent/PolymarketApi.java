package dev.vizzor.agent;

import static io.restassured.RestAssured.given;

import dev.vizzor.testsupport.InternalTokenFixture;
import io.restassured.response.Response;
import java.util.UUID;

/** The Polymarket routes as the gateway calls them, for one account. */
final class PolymarketApi {
  static final String CONDITION_ID = PolymarketStub.CONDITION_ID;

  private final UUID account;

  PolymarketApi(UUID account) {
    this.account = account;
  }

  static PolymarketApi freshAccount() {
    return new PolymarketApi(UUID.randomUUID());
  }

  private String token() {
    return InternalTokenFixture.token()
        .claim("sub", account.toString())
        .claim("tier", "pro")
        .signed();
  }

  Response opportunities(String symbol) {
    return given().auth().oauth2(token()).get("/v1/polymarket/opportunities/" + symbol);
  }

  Response portfolio() {
    return given().auth().oauth2(token()).get("/v1/portfolio/me");
  }

  Response positions() {
    return given().auth().oauth2(token()).get("/v1/polymarket/positions");
  }

  Response trade(String body) {
    return given()
        .auth()
        .oauth2(token())
        .contentType("application/json")
        .body(body)
        .post("/v1/polymarket/trade");
  }

  /** A paper order on the captured market. */
  Response order(String outcome, String side, String size, String limit, String key) {
    return trade(
        "{\"market\":\""
            + CONDITION_ID
            + "\",\"outcome\":\""
            + outcome
            + "\",\"side\":\""
            + side
            + "\",\"size\":"
            + size
            + ",\"limitPrice\":"
            + limit
            + ",\"idempotencyKey\":\""
            + key
            + "\"}");
  }
}
