package dev.vizzor.orchestrator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The stubs' recorded answers, read from the test classpath. */
final class TestFiles {
  private TestFiles() {}

  static byte[] bytes(String path) {
    try (InputStream in = TestFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test file " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
