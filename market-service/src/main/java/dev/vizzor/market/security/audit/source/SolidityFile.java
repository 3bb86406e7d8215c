package dev.vizzor.market.security.audit.source;

import dev.vizzor.market.security.audit.grammar.SolidityParser.SourceUnitContext;
import org.antlr.v4.runtime.CommonTokenStream;

/** One parsed Solidity file: its syntax tree, its tokens and the compiler version it asks for. */
public record SolidityFile(
    String path,
    SourceUnitContext tree,
    CommonTokenStream tokens,
    CompilerVersion version,
    int lines) {}
