package dev.vizzor.orchestrator;

import java.util.ArrayList;
import java.util.List;

/** A whole text/event-stream body read back into its events. */
record Sse(String name, String data) {
  static List<Sse> parse(String body) {
    List<Sse> events = new ArrayList<>();
    for (String block : body.split("\r?\n\r?\n")) {
      String name = null;
      StringBuilder data = new StringBuilder();
      for (String line : block.split("\r?\n")) {
        if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
        }
      }
      if (!data.isEmpty()) {
        events.add(new Sse(name, data.toString()));
      }
    }
    return events;
  }
}
