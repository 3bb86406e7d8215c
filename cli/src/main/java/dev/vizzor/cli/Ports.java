package dev.vizzor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** TCP port checks on the loopback interface, where the whole local suite listens. */
public final class Ports {
  private static final int CONNECT_TIMEOUT_MILLIS = 500;

  private Ports() {}

  /**
   * Whether a server could listen on {@code port} now. Binds as the services' servers do, with
   * SO_REUSEADDR: without it, connections a just-stopped suite left in TIME_WAIT (up to a minute)
   * make a port look taken that every server can in fact bind.
   */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port the kernel just handed out; free now, and very likely still free a moment later. */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }

  public static int preferredOrFree(int preferred) {
    return isFree(preferred) ? preferred : free();
  }

  public static String loopbackUrl(int port) {
    return "http://127.0.0.1:" + port;
  }

  public static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
