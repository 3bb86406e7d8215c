package dev.vizzor.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Makes keys and changes tiers through the real admin API, as the CLI does. */
public final class Admin {
  private final int port;

  public Admin(int port) {
    this.port = port;
  }

  /** A key issued by the gateway: its secret (shown once) and account. */
  public record Key(String name, String secret, String accountId) {}

  public Key createKey(String type, String tier) {
    return createKey(type, tier, null);
  }

  public Key createKey(String type, String tier, String accountId) {
    String name = "k-" + UUID.randomUUID();
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("type", type);
    body.put("tier", tier);
    body.put("accountId", accountId);
    Response created = call().body(body).post("/admin/keys");
    created.then().statusCode(201);
    return new Key(name, created.path("key"), created.path("accountId"));
  }

  public void setTier(String accountId, String tier) {
    call()
        .body(Map.of("tier", tier))
        .put("/admin/accounts/" + accountId + "/tier")
        .then()
        .statusCode(200);
  }

  public void revoke(String name) {
    call().delete("/admin/keys/" + name).then().statusCode(200);
  }

  public io.restassured.specification.RequestSpecification call() {
    return given()
        .baseUri("http://127.0.0.1")
        .port(port)
        .contentType(ContentType.JSON)
        .header("Authorization", "Bearer " + GatewayTestProfile.ADMIN_TOKEN);
  }
}
