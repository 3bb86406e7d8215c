package dev.vizzor.market.security.scan;

import dev.vizzor.market.domain.scan.Evidence;
import dev.vizzor.market.domain.scan.Severity;

/** One source's observation of one risk, before the observations are merged into flags. */
public record Raised(FlagKind kind, Severity severity, Evidence evidence) {}
