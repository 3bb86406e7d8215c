package dev.vizzor.market.security;

/**
 * The code cannot be read by configuration, not by accident (no RPC for the chain): the bytecode
 * checks are reported as not run, with this message as the reason, and retrying will not help.
 */
public class CodeUnavailableException extends RuntimeException {
  public CodeUnavailableException(String reason) {
    super(reason, null, false, false);
  }
}
