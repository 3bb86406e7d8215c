package dev.vizzor.cli;

import java.util.List;

/** The service | port | pid | state table. */
public final class StatusTable {

  /** One service line; pid 0 means no process is known. */
  public record Row(String service, int port, long pid, boolean up) {}

  private StatusTable() {}

  public static String render(List<Row> rows) {
    return TextTable.render(
        List.of("service", "port", "pid", "state"), rows.stream().map(StatusTable::cells).toList());
  }

  private static List<String> cells(Row row) {
    return List.of(
        row.service(),
        Integer.toString(row.port()),
        row.pid() > 0 ? Long.toString(row.pid()) : "-",
        row.up() ? "UP" : "DOWN");
  }
}
