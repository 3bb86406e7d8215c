package dev.vizzor.market.domain.scan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a source saw that raised a flag: a GoPlus field and its value, or a bytecode pattern with
 * the byte offset of the instruction where it sits.
 */
public record Evidence(
    String source, String detail, @JsonInclude(JsonInclude.Include.NON_NULL) Integer offset) {

  public static Evidence of(String source, String detail) {
    return new Evidence(source, detail, null);
  }
}
