package dev.vizzor.market.rest;

import static io.restassured.RestAssured.given;

import dev.vizzor.testsupport.InternalTokenFixture;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Calls as the gateway or another service makes them: with a fresh internal token. */
final class Api {
  private Api() {}

  /** Numbers are read as BigDecimal, so a price compares exactly, not through a float. */
  private static final RestAssuredConfig EXACT_NUMBERS =
      RestAssuredConfig.config()
          .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

  static RequestSpecification call() {
    return given().config(EXACT_NUMBERS).auth().oauth2(InternalTokenFixture.token().signed());
  }

  /** Calls as another service of the suite makes them, with a token it signed itself. */
  static RequestSpecification asService() {
    return given()
        .config(EXACT_NUMBERS)
        .auth()
        .oauth2(InternalTokenFixture.serviceToken("prediction-service").signedAsService());
  }

  /** The field names of a JSON object, to assert a response's exact field set. */
  static Set<String> fields(Map<String, ?> object) {
    return new TreeSet<>(object.keySet());
  }
}
