package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildRegistryTest {

  @Test
  void parsesWhatItWrites() {
    String text =
        ChildRegistry.line(10, Instant.ofEpochMilli(1_000), "kafka")
            + ChildRegistry.line(11, null, "market-service")
            + "junk\n";
    assertEquals(
        List.of(
            new ChildRegistry.Entry(10, 1_000, "kafka"),
            new ChildRegistry.Entry(11, 0, "market-service")),
        ChildRegistry.parse(text));
  }

  @Test
  void killsOnlySurvivorsThatAreStillTheRecordedProcess(@TempDir Path dir) throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "60").start();
    Path file = dir.resolve("children.pids");
    ChildRegistry registry = new ChildRegistry(file);
    registry.reset();
    registry.record(sleeper.toHandle(), "sleeper");
    // Same pid, wrong start time: must be left alone (pid reuse).
    Files.writeString(
        file,
        ChildRegistry.line(ProcessHandle.current().pid(), Instant.EPOCH.plusSeconds(5), "x"),
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(1, ChildRegistry.killSurvivors(file));
    sleeper.waitFor();
    assertEquals(false, sleeper.isAlive());
  }
}
