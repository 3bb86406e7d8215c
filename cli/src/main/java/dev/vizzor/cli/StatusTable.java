package dev.vizzor.cli;

import java.util.List;

/** The service | port | pid | state table, columns sized to their widest cell. */
public final class StatusTable {

  /** One service line; pid 0 means no process is known. */
  public record Row(String service, int port, long pid, boolean up) {}

  private StatusTable() {}

  public static String render(List<Row> rows) {
    String[] headers = {"service", "port", "pid", "state"};
    int[] widths = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      widths[i] = headers[i].length();
    }
    for (Row row : rows) {
      String[] cells = cells(row);
      for (int i = 0; i < cells.length; i++) {
        widths[i] = Math.max(widths[i], cells[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
    }
    out.append(rule).append('\n');
    for (Row row : rows) {
      line(out, cells(row), widths);
    }
    return out.toString();
  }

  private static String[] cells(Row row) {
    return new String[] {
      row.service(),
      Integer.toString(row.port()),
      row.pid() > 0 ? Long.toString(row.pid()) : "-",
      row.up() ? "UP" : "DOWN"
    };
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      text.append(i == 0 ? "" : " | ").append(pad(cells[i], widths[i]));
    }
    out.append(text.toString().stripTrailing()).append('\n');
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
