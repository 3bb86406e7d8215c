package dev.vizzor.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Drops the schemas and tags no remaining operation uses, so the operations the client cannot call
 * (internal ones, other services') leave nothing behind in the document.
 */
final class UnusedDefinitions {
  private static final String SCHEMA_REF = "#/components/schemas/";

  private UnusedDefinitions() {}

  static void remove(ObjectNode document) {
    ObjectNode schemas = document.withObject("/components").withObject("/schemas");
    Set<String> used = new HashSet<>();
    Deque<JsonNode> toScan = new ArrayDeque<>();
    toScan.add(document.path("paths"));
    while (!toScan.isEmpty()) {
      for (JsonNode ref : toScan.pop().findValues("$ref")) {
        String name =
            ref.asText().startsWith(SCHEMA_REF) ? ref.asText().substring(SCHEMA_REF.length()) : "";
        if (schemas.has(name) && used.add(name)) {
          toScan.add(schemas.get(name));
        }
      }
    }
    schemas.properties().removeIf(schema -> !used.contains(schema.getKey()));

    Set<String> tags = new HashSet<>();
    document
        .path("paths")
        .findValues("tags")
        .forEach(list -> list.forEach(t -> tags.add(t.asText())));
    if (document.path("tags").isArray()) {
      document.withArray("/tags").removeIf(tag -> !tags.contains(tag.path("name").asText()));
    }
  }
}
