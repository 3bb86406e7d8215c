package dev.vizzor.market.domain.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One located finding. Source findings carry {@code path} and lines; bytecode findings carry the
 * byte {@code offset} of the instruction instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
    String rule,
    String category,
    String severity,
    String confidence,
    String path,
    Integer startLine,
    Integer endLine,
    Integer offset,
    String message,
    String fix) {}
