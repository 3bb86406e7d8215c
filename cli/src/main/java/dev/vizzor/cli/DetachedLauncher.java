package dev.vizzor.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.ProcessBuilder.Redirect;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code api start --detach}: runs the same supervisor as a background process in its own session
 * (so the terminal's Ctrl-C does not reach it), echoes its log until it is ready, then returns.
 */
public final class DetachedLauncher {
  // Generous: the supervisor itself gives up after 180 s of service readiness plus Kafka start.
  private static final Duration TIMEOUT = Duration.ofSeconds(330);

  private final SuiteLayout layout;

  public DetachedLauncher(SuiteLayout layout) {
    this.layout = layout;
  }

  public int launch(
      int gatewayPort,
      int adminPort,
      int firstServicePort,
      boolean embeddedStores,
      long startedAtMillis)
      throws IOException {
    layout.prepare();
    SuiteState.clear(layout);
    Path log = layout.log("supervisor");
    Files.deleteIfExists(log);
    List<String> command = new ArrayList<>(self());
    command.addAll(
        List.of(
            "api",
            "start",
            "--port",
            Integer.toString(gatewayPort),
            "--admin-port",
            Integer.toString(adminPort),
            "--first-service-port",
            Integer.toString(firstServicePort),
            "--started-at",
            Long.toString(startedAtMillis)));
    if (embeddedStores) {
      command.add("--embedded-stores");
    }
    Process supervisor =
        NewSession.builder(command, layout.root(), Redirect.appendTo(log.toFile())).start();
    System.out.println(
        "Supervisor running in the background (pid "
            + supervisor.pid()
            + ", log .vizzor/logs/supervisor.log)");
    long echoed = 0;
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      echoed = echo(log, echoed);
      if (Files.exists(layout.readyFile())) {
        echo(log, echoed);
        System.out.println("Detached. Stop with: ./vizzor api stop");
        return 0;
      }
      if (!supervisor.isAlive()) {
        echo(log, echoed);
        System.err.println("The supervisor exited with code " + supervisor.exitValue() + ".");
        return 1;
      }
      Sleep.millis(300);
    }
    System.err.println(
        "Not ready after "
            + TIMEOUT.toSeconds()
            + " s; it keeps trying in the background."
            + " Check ./vizzor api status or stop it with ./vizzor api stop.");
    return 1;
  }

  /** Prints what the background supervisor logged since the last call; returns the new offset. */
  private static long echo(Path log, long from) {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long length = file.length();
      if (length <= from) {
        return from;
      }
      byte[] bytes = new byte[(int) (length - from)];
      file.seek(from);
      file.readFully(bytes);
      System.out.print(new String(bytes, StandardCharsets.UTF_8));
      System.out.flush();
      return length;
    } catch (IOException e) {
      return from;
    }
  }

  /** How to run this CLI again: the same java and the same jar (or class path in an IDE). */
  private static List<String> self() {
    List<String> command = new ArrayList<>();
    command.add(JavaExecutable.path());
    try {
      Path location =
          Path.of(Vizzor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        command.addAll(List.of("-jar", location.toString()));
        return command;
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall back to the class path below
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Vizzor.class.getName()));
    return command;
  }
}
