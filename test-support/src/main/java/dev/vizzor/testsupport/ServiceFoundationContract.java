package dev.vizzor.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What every service proves from its first day: it starts, its own database was migrated by Flyway,
 * readiness really checks PostgreSQL, liveness answers, and its OpenAPI is served. A service's test
 * extends this with {@code @QuarkusTest} and the {@link PostgresTestResource}.
 */
public abstract class ServiceFoundationContract {
  protected TestDatabase database;

  @Test
  void flywayMigratedTheServicesOwnDatabaseAtStart() {
    assertTrue(
        database.count("select count(*) from flyway_schema_history where success and version = '1'")
            == 1,
        "V1 applied in " + database.name());
  }

  @Test
  void readinessIsUpAndChecksPostgres() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Reactive PostgreSQL connections health check"));
  }

  @Test
  void livenessAnswers() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void openApiIsServed() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("openapi", org.hamcrest.Matchers.startsWith("3."));
  }
}
