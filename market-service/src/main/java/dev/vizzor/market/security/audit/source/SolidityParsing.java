package dev.vizzor.market.security.audit.source;

import dev.vizzor.market.security.audit.grammar.SolidityLexer;
import dev.vizzor.market.security.audit.grammar.SolidityParser;
import dev.vizzor.market.security.audit.grammar.SolidityParser.PragmaDirectiveContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.SourceUnitContext;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Solidity text to a syntax tree, or the first place it stops being Solidity. */
public final class SolidityParsing {
  private SolidityParsing() {}

  public static SolidityFile parse(String path, String content) {
    SolidityLexer lexer = new SolidityLexer(CharStreams.fromString(content, path));
    lexer.removeErrorListeners();
    lexer.addErrorListener(new FirstError(path));
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    SourceUnitContext tree = parse(path, tokens);
    return new SolidityFile(path, tree, tokens, version(tree), (int) content.lines().count());
  }

  /**
   * The fast SLL prediction reads almost every contract; only when it gives up is the file read
   * again with full LL, which is exact but slower (the parser's usual two-stage use).
   */
  private static SourceUnitContext parse(String path, CommonTokenStream tokens) {
    SolidityParser parser = new SolidityParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return parser.sourceUnit();
    } catch (ParseCancellationException sllGaveUp) {
      tokens.seek(0);
      parser.reset();
      parser.addErrorListener(new FirstError(path));
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return parser.sourceUnit();
    }
  }

  private static CompilerVersion version(SourceUnitContext tree) {
    for (PragmaDirectiveContext pragma : tree.pragmaDirective()) {
      if (!pragma.PRAGMA_TOKEN().isEmpty() && pragma.PRAGMA_TOKEN(0).getText().equals("solidity")) {
        return CompilerVersion.ofPragma(
            pragma.PRAGMA_TOKEN().stream()
                .skip(1)
                .map(TerminalNode::getText)
                .collect(Collectors.joining(" ")));
      }
    }
    return CompilerVersion.unknown();
  }

  /**
   * ANTLR lists every token it would have taken ("expecting {'abstract', 'address', ...}"): past a
   * few, that list says less than the token it stopped at.
   */
  static String readable(String message, Object offendingSymbol) {
    String found =
        offendingSymbol instanceof Token token
            ? token.getType() == Token.EOF ? "the end of the file" : "'" + token.getText() + "'"
            : null;
    int expecting = message.indexOf(" expecting ");
    if (found == null || expecting < 0 || message.length() - expecting <= 60) {
      return found == null ? message : message + " (at " + found + ")";
    }
    return "unexpected " + found + " here";
  }

  /** Stops at the first error, which is the one worth telling: later ones follow from it. */
  private static final class FirstError extends BaseErrorListener {
    private final String path;

    FirstError(String path) {
      this.path = path;
    }

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int column,
        String message,
        RecognitionException cause) {
      throw new SoliditySyntaxException(path, line, column, readable(message, offendingSymbol));
    }
  }
}
