package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

  @Test
  void roundTrips(@TempDir Path dir) {
    Path file = dir.resolve("state/suite.pid");
    PidFile.write(file, 12345);
    assertEquals(12345, PidFile.read(file).getAsLong());
    PidFile.delete(file);
    assertTrue(PidFile.read(file).isEmpty());
  }

  @Test
  void garbageCountsAsAbsent() {
    assertTrue(PidFile.parse("").isEmpty());
    assertTrue(PidFile.parse("not a pid\n").isEmpty());
    assertTrue(PidFile.parse("-3").isEmpty());
    assertEquals(77, PidFile.parse(" 77\n/var/lib/postgres\n").getAsLong());
  }

  @Test
  void staleSupervisorPidIsIgnored(@TempDir Path dir) {
    SuiteLayout layout = new SuiteLayout(dir, dir.resolve("lib"));
    // Our own pid is never "another supervisor"; a very high pid is almost surely unused.
    PidFile.write(layout.pidFile(), ProcessHandle.current().pid());
    assertTrue(SupervisorProcess.find(layout).isEmpty());
    PidFile.write(layout.pidFile(), 4_000_000_000L);
    assertTrue(SupervisorProcess.find(layout).isEmpty());
  }
}
