package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The free-port check that {@code api start} runs before it starts anything. */
class PortsTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  /** /proc/net/tcp's state number of TIME_WAIT. */
  private static final String TIME_WAIT = "06";

  @Test
  void aPortLeftInTimeWaitByAStoppedServerIsFree() throws IOException {
    int port = portInTimeWait();

    assertThrows(
        BindException.class,
        () -> {
          try (ServerSocket plain = new ServerSocket()) {
            plain.setReuseAddress(false);
            plain.bind(new InetSocketAddress(LOOPBACK, port));
          }
        },
        "the situation of the bug: a bind without address reuse is refused");
    assertTrue(Ports.isFree(port), "yet a server can listen there, and the check says so");
    try (ServerSocket server = new ServerSocket()) {
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(LOOPBACK, port));
    }
  }

  @Test
  void aPortSomeoneListensOnIsNotFree() throws IOException {
    try (ServerSocket listening = new ServerSocket(0, 1, LOOPBACK)) {
      assertFalse(Ports.isFree(listening.getLocalPort()));
    }
  }

  /**
   * A port as a stopped service leaves it: the server accepted a connection and closed it first
   * (the side that closes first keeps the connection in TIME_WAIT), then stopped listening. Returns
   * once the kernel lists that connection in TIME_WAIT.
   */
  private static int portInTimeWait() throws IOException {
    int port;
    try (ServerSocket server = new ServerSocket()) {
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(LOOPBACK, 0));
      port = server.getLocalPort();
      try (Socket client = new Socket(LOOPBACK, port)) {
        server.accept().close();
        InputStream in = client.getInputStream();
        assertEquals(-1, in.read(), "the server's close reached the client");
      }
    }
    Awaitility.await("a TIME_WAIT connection on port " + port)
        .atMost(Duration.ofSeconds(10))
        .until(() -> timeWaitOn(port));
    return port;
  }

  /** Java's sockets are dual-stack: 127.0.0.1 may be listed as ::ffff:127.0.0.1 in tcp6. */
  private static boolean timeWaitOn(int port) throws IOException {
    String local = String.format(Locale.ROOT, "0100007F:%04X", port);
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/net/tcp")));
    Path tcp6 = Path.of("/proc/net/tcp6");
    if (Files.exists(tcp6)) {
      lines.addAll(Files.readAllLines(tcp6));
    }
    return lines.stream()
        .map(line -> line.trim().split("\\s+"))
        .anyMatch(fields -> fields[1].endsWith(local) && fields[3].equals(TIME_WAIT));
  }
}
