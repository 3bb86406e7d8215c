package dev.vizzor.market.rest;

/**
 * A request this service answers with an error status, in the Vizzor family's code (the other
 * families' codes are derived from it by {@link ErrorBodies}).
 */
public class ApiProblem extends RuntimeException {
  private final int status;
  private final String code;

  public ApiProblem(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public static ApiProblem badRequest(String message) {
    return new ApiProblem(400, "invalid_request", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
