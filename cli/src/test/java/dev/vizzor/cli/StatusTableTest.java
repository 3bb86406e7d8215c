package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTableTest {

  @Test
  void alignsColumnsToTheWidestCell() {
    String table =
        StatusTable.render(
            List.of(
                new StatusTable.Row("gateway", 3100, 4242, true),
                new StatusTable.Row("orchestrator-service", 8081, 0, false)));
    assertEquals(
        """
        service              | port | pid  | state
        ---------------------+------+------+------
        gateway              | 3100 | 4242 | UP
        orchestrator-service | 8081 | -    | DOWN
        """,
        table);
  }
}
