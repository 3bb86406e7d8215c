package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

  @Test
  void readsVmRssFromProcStatus() {
    String status =
        """
        Name:\tjava
        State:\tS (sleeping)
        VmPeak:\t 5000000 kB
        VmRSS:\t  317716 kB
        RssAnon:\t  290000 kB
        """;
    assertEquals(317716, ResidentMemory.parseVmRssKb(status).getAsLong());
  }

  @Test
  void kernelThreadsHaveNoVmRss() {
    assertTrue(ResidentMemory.parseVmRssKb("Name:\tkthreadd\nState:\tS\n").isEmpty());
  }

  @Test
  void readsItsOwnProcessOnLinux() {
    if (System.getProperty("os.name").startsWith("Linux")) {
      assertTrue(ResidentMemory.kilobytes(ProcessHandle.current().pid()) > 0);
    }
  }

  @Test
  void formatsMebibytes() {
    assertEquals("2 MiB", ResidentMemory.format(2048));
  }
}
