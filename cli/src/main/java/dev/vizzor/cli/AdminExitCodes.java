package dev.vizzor.cli;

import picocli.CommandLine;

/**
 * Exit codes of the commands that call the gateway admin API, distinct per cause so scripts can
 * tell a typo from a refusal from a gateway that is down. The *_HELP lines feed {@code --help}.
 */
final class AdminExitCodes {
  static final int OK = CommandLine.ExitCode.OK;
  static final int USAGE = CommandLine.ExitCode.USAGE;
  static final int REFUSED = 3;
  static final int UNREACHABLE = 4;

  static final String HEADING = "%nExit codes:%n";
  static final String OK_HELP = "0:done";
  static final String USAGE_HELP =
      "2:usage error: bad option or argument, unknown tier or type, bad --admin-url, no admin"
          + " token";
  static final String REFUSED_HELP =
      "3:the admin API refused (e.g. 401 unauthorized, 404 not_found, 409 conflict, 400"
          + " invalid_request); its code and message are printed";
  static final String UNREACHABLE_HELP =
      "4:the admin API could not be reached, did not answer within 5 s, or did not answer JSON";

  private AdminExitCodes() {}
}
