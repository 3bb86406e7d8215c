package dev.vizzor.market.security.audit.source;

import dev.vizzor.market.domain.InvalidArgumentException;

/** A source that is not Solidity this audit can read: a 400 that says where. */
public class SoliditySyntaxException extends InvalidArgumentException {
  private final String path;
  private final int line;
  private final int column;

  public SoliditySyntaxException(String path, int line, int column, String problem) {
    super(path + " does not parse at line " + line + ", column " + (column + 1) + ": " + problem);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  public String path() {
    return path;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
