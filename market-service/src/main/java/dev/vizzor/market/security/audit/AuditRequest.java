package dev.vizzor.market.security.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.EvmAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to audit: Solidity files, deployed bytecode (hex), or a chain and address whose code is
 * fetched. Bounds keep one request's parse within a second: 20 files, 256 KiB each, 512 KiB in all.
 */
public record AuditRequest(
    List<SourceAuditor.Source> sources,
    Optional<String> bytecodeHex,
    Optional<Chain> chain,
    Optional<EvmAddress> address) {
  public static final int MAX_FILES = 20;
  public static final int MAX_FILE_BYTES = 256 * 1024;
  public static final int MAX_SOURCE_BYTES = 512 * 1024;
  public static final int MAX_PATH_LENGTH = 200;
  private static final Set<String> FIELDS = Set.of("sources", "bytecode", "chain", "address");

  /** The request a JSON body asks for, or a 400 naming the field that is wrong. */
  public static AuditRequest of(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidArgumentException(
          "the body must be a JSON object with sources, bytecode, or chain and address");
    }
    body.fieldNames()
        .forEachRemaining(
            field -> {
              if (!FIELDS.contains(field)) {
                throw new InvalidArgumentException(
                    "unknown field " + field + "; accepted: sources, bytecode, chain, address");
              }
            });
    List<SourceAuditor.Source> sources = sources(body.get("sources"));
    Optional<String> bytecode = text(body, "bytecode");
    Optional<Chain> chain = text(body, "chain").map(name -> Chain.of("chain", name));
    Optional<EvmAddress> address = text(body, "address").map(a -> EvmAddress.of("address", a));
    if (address.isPresent() && chain.isEmpty()) {
      throw new InvalidArgumentException("chain is required with address");
    }
    if (sources.isEmpty() && bytecode.isEmpty() && address.isEmpty()) {
      throw new InvalidArgumentException(
          "nothing to audit: give sources (Solidity files), bytecode, or chain and address");
    }
    return new AuditRequest(sources, bytecode, chain, address);
  }

  private static Optional<String> text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new InvalidArgumentException(field + " must be a non-empty string");
    }
    return Optional.of(value.asText());
  }

  private static List<SourceAuditor.Source> sources(JsonNode sources) {
    if (sources == null || sources.isNull()) {
      return List.of();
    }
    if (!sources.isArray()) {
      throw new InvalidArgumentException("sources must be an array of {path, content}");
    }
    if (sources.size() > MAX_FILES) {
      throw new InvalidArgumentException("sources may hold at most " + MAX_FILES + " files");
    }
    List<SourceAuditor.Source> files = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    long total = 0;
    for (int i = 0; i < sources.size(); i++) {
      String at = "sources[" + i + "]";
      JsonNode file = sources.get(i);
      if (!file.isObject()) {
        throw new InvalidArgumentException(at + " must be an object {path, content}");
      }
      file.fieldNames()
          .forEachRemaining(
              field -> {
                if (!field.equals("path") && !field.equals("content")) {
                  throw new InvalidArgumentException(
                      "unknown field " + at + "." + field + "; accepted: path, content");
                }
              });
      String path = required(file, at + ".path", "path");
      String content = required(file, at + ".content", "content");
      if (path.length() > MAX_PATH_LENGTH) {
        throw new InvalidArgumentException(
            at + ".path may be at most " + MAX_PATH_LENGTH + " characters");
      }
      if (!paths.add(path)) {
        throw new InvalidArgumentException(at + ".path " + path + " appears twice");
      }
      int bytes = content.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_FILE_BYTES) {
        throw new InvalidArgumentException(
            at + ".content is over " + MAX_FILE_BYTES / 1024 + " KiB");
      }
      total += bytes;
      if (total > MAX_SOURCE_BYTES) {
        throw new InvalidArgumentException(
            "sources are over " + MAX_SOURCE_BYTES / 1024 + " KiB in all");
      }
      files.add(new SourceAuditor.Source(path, content));
    }
    return files;
  }

  private static String required(JsonNode file, String name, String field) {
    JsonNode value = file.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new InvalidArgumentException(name + " is required, a non-empty string");
    }
    return value.asText();
  }
}
