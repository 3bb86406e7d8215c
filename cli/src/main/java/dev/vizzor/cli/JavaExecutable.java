package dev.vizzor.cli;

import java.nio.file.Path;

/** The {@code java} that runs this CLI; children use the same one so they share its version. */
public final class JavaExecutable {
  private JavaExecutable() {}

  public static String path() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
