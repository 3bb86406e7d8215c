package dev.vizzor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A plain-text table with a header rule, columns sized to their widest cell. */
public final class TextTable {
  private TextTable() {}

  /**
   * Prints one row per item under {@code headers}, or {@code whenEmpty} when there is none; true
   * when a table was printed.
   */
  public static <T> boolean print(
      PrintWriter out,
      List<String> headers,
      Iterable<T> items,
      Function<T, List<String>> row,
      String whenEmpty) {
    List<List<String>> rows = new ArrayList<>();
    items.forEach(item -> rows.add(row.apply(item)));
    if (rows.isEmpty()) {
      out.println(whenEmpty);
      return false;
    }
    out.print(render(headers, rows));
    return true;
  }

  public static String render(List<String> headers, List<List<String>> rows) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
    }
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
    }
    out.append(rule).append('\n');
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      text.append(i == 0 ? "" : " | ").append(pad(cells.get(i), widths[i]));
    }
    out.append(text.toString().stripTrailing()).append('\n');
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
