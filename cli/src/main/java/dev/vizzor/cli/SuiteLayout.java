package dev.vizzor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the suite's files live. Everything mutable sits in {@code .vizzor/} under the repository
 * root (the directory the {@code vizzor} script runs in), so one checkout runs one suite.
 */
public record SuiteLayout(Path root, Path libDir) {

  public static SuiteLayout fromWorkingDirectory() {
    Path root = Path.of("").toAbsolutePath();
    return new SuiteLayout(root, locateLibDir(root));
  }

  /** The jars next to this CLI's jar, which include the Kafka broker's class path. */
  private static Path locateLibDir(Path root) {
    try {
      Path self = Path.of(Vizzor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(self)) {
        return self.getParent().resolve("lib");
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall through to the build layout
    }
    return root.resolve("cli/target/lib");
  }

  public Path stateDir() {
    return root.resolve(".vizzor");
  }

  public Path pidFile() {
    return stateDir().resolve("suite.pid");
  }

  public Path childrenFile() {
    return stateDir().resolve("children.pids");
  }

  public Path stateFile() {
    return stateDir().resolve("state.properties");
  }

  public Path readyFile() {
    return stateDir().resolve("ready");
  }

  /** The admin token generated for the gateway; owner-only (0600). */
  public Path adminTokenFile() {
    return stateDir().resolve("admin.token");
  }

  public Path logsDir() {
    return stateDir().resolve("logs");
  }

  public Path log(String name) {
    return logsDir().resolve(name + ".log");
  }

  public Path kafkaDir() {
    return stateDir().resolve("kafka");
  }

  public Path postgresDir() {
    return stateDir().resolve("postgres");
  }

  public Path serviceJar(String module) {
    return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  /** Creates {@code .vizzor/logs}; everything else is created by whoever writes it. */
  public void prepare() {
    try {
      Files.createDirectories(logsDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + logsDir(), e);
    }
  }
}
