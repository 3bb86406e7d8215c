package dev.vizzor.orchestrator.domain;

/** A tool that could not answer; its message goes to the model as the tool's result. */
public class ToolFailure extends RuntimeException {
  public ToolFailure(String message) {
    super(message);
  }
}
