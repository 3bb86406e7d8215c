package dev.vizzor.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a Quarkus test its own fresh database on the real PostgreSQL (see {@link PostgresServer});
 * Flyway then migrates it at start. The database is dropped afterwards.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
  private String database;

  @Override
  public Map<String, String> start() {
    PostgresServer server = PostgresServer.get();
    database = server.createDatabase("vizzor_test");
    return Map.of(
        "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
        "quarkus.datasource.reactive.url", server.reactiveUrl(database),
        "quarkus.datasource.username", server.user(),
        "quarkus.datasource.password", server.password());
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        new TestDatabase(PostgresServer.get(), database),
        new TestInjector.MatchesType(TestDatabase.class));
  }

  @Override
  public void stop() {
    if (database != null) {
      PostgresServer.get().dropDatabase(database);
    }
  }
}
