package dev.vizzor.market.security.audit.checks;

import dev.vizzor.market.security.audit.Category;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StateVariableDeclarationContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.StatementContext;
import dev.vizzor.market.security.audit.model.FunctionModel;
import dev.vizzor.market.security.audit.model.SourceModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Chance drawn from the block: every statement feeding it is reported. Block number, hash, miner
 * and difficulty are known to anyone who can read the chain ({@code bad_randomness}); where the
 * timestamp is the only source, the miner can pick it ({@code time_manipulation}).
 */
public final class BlockRandomness implements SourceCheck {
  @Override
  public String rule() {
    return "block-randomness";
  }

  @Override
  public List<String> rules() {
    return List.of(rule(), "timestamp-randomness");
  }

  @Override
  public List<SourceFinding> run(SourceModel sources) {
    List<SourceFinding> findings = new ArrayList<>();
    Set<StateVariableDeclarationContext> reportedVariables = new HashSet<>();
    for (FunctionModel function : FunctionBodies.of(sources)) {
      BlockDerivedValues values = new BlockDerivedValues(function);
      if (!values.drawsChance()) {
        continue;
      }
      Set<BlockDerivedValues.Kind> kinds = EnumSet.copyOf(values.kinds(function.body().get()));
      boolean timeOnly = !kinds.contains(BlockDerivedValues.Kind.BLOCK);
      for (StatementContext statement : values.statementsReading()) {
        findings.add(finding(function, statement, timeOnly));
      }
      for (StateVariableDeclarationContext variable : values.stateVariablesRead()) {
        if (reportedVariables.add(variable)) {
          findings.add(finding(function, variable, timeOnly));
        }
      }
    }
    return findings;
  }

  private SourceFinding finding(FunctionModel function, ParserRuleContext at, boolean timeOnly) {
    return SourceFinding.at(
        timeOnly ? "timestamp-randomness" : rule(),
        timeOnly ? Category.TIME_MANIPULATION : Category.BAD_RANDOMNESS,
        "high",
        "medium",
        function.contract().file(),
        at,
        timeOnly
            ? "In "
                + function.label()
                + ", chance is drawn from the block timestamp, which the miner of the block"
                + " chooses within limits."
            : "In "
                + function.label()
                + ", chance is drawn from block values (number, hash, miner, time) that every"
                + " player and miner knows or sets before the transaction runs.",
        "Use a verifiable randomness source (an oracle such as Chainlink VRF) or commit-reveal.");
  }
}
