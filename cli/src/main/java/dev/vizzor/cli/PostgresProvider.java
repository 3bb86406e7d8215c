package dev.vizzor.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL server the services use: {@code VIZZOR_PG_URL} if set, else a local one on
 * 127.0.0.1:5432 if it answers, else an embedded real PostgreSQL owned by the supervisor with its
 * data in {@code .vizzor/postgres} (kept across restarts, like a local install would be).
 */
public final class PostgresProvider {
  private static final int LOCAL_PORT = 5432;

  /** Connection facts plus the embedded server to close, if this suite started one. */
  public record Postgres(
      String url,
      String user,
      String password,
      InfraEndpoint endpoint,
      EmbeddedPostgres embedded,
      ProcessHandle postmaster) {

    public void close() {
      if (embedded == null) {
        return;
      }
      try {
        embedded.close();
      } catch (IOException e) {
        System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
  }

  private final SuiteLayout layout;
  private final ChildRegistry registry;

  public PostgresProvider(SuiteLayout layout, ChildRegistry registry) {
    this.layout = layout;
    this.registry = registry;
  }

  /** {@code forceEmbedded} skips the local-server probe; a configured URL still wins. */
  public Postgres provide(boolean forceEmbedded) {
    String user = Env.get("VIZZOR_PG_USER").orElse("postgres");
    String password = Env.get("VIZZOR_PG_PASSWORD").orElse("");
    var configured = Env.get("VIZZOR_PG_URL");
    if (configured.isPresent()) {
      URI uri = URI.create(configured.get());
      int port = uri.getPort() < 0 ? LOCAL_PORT : uri.getPort();
      if (!Ports.answers(uri.getHost(), port)) {
        throw new IllegalStateException(
            "VIZZOR_PG_URL="
                + configured.get()
                + " does not answer on "
                + uri.getHost()
                + ":"
                + port);
      }
      String address = uri.getHost() + ":" + port;
      return new Postgres(
          configured.get(),
          user,
          password,
          InfraEndpoint.external("PostgreSQL", address, "VIZZOR_PG_URL"),
          null,
          null);
    }
    if (!forceEmbedded && Ports.answers("127.0.0.1", LOCAL_PORT)) {
      return new Postgres(
          "postgresql://127.0.0.1:" + LOCAL_PORT,
          user,
          password,
          InfraEndpoint.external("PostgreSQL", "127.0.0.1:" + LOCAL_PORT, "local server"),
          null,
          null);
    }
    return startEmbedded();
  }

  private Postgres startEmbedded() {
    Path log = layout.log("postgres");
    try {
      Files.createDirectories(layout.postgresDir());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setPort(Ports.free())
              .setDataDirectory(layout.postgresDir())
              .setCleanDataDirectory(false)
              // The supervisor's own hook decides the order: services first, stores last.
              .setRegisterShutdownHook(false)
              .setOutputRedirector(Redirect.appendTo(log.toFile()))
              .setErrorRedirector(Redirect.appendTo(log.toFile()))
              .start();
      // pg_ctl daemonises the postmaster, so it is not our descendant; record it explicitly.
      ProcessHandle postmaster = postmaster().orElse(null);
      if (postmaster != null) {
        registry.record(postmaster, "postgres");
      }
      String address = "127.0.0.1:" + postgres.getPort();
      return new Postgres(
          "postgresql://" + address,
          "postgres",
          "",
          InfraEndpoint.embedded("PostgreSQL", address, "PostgreSQL 14 (data in .vizzor/postgres)"),
          postgres,
          postmaster);
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start (see " + log + ")", e);
    }
  }

  private java.util.Optional<ProcessHandle> postmaster() {
    return PidFile.read(layout.postgresDir().resolve("postmaster.pid")).stream()
        .boxed()
        .findFirst()
        .flatMap(ProcessHandle::of);
  }
}
