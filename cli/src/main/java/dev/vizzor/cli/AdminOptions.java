package dev.vizzor.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every admin API command shares: where the API is, which token it takes, and how failures
 * become a message on stderr and an {@link AdminExitCodes exit code}. As a mixin it also gives each
 * command's {@code --help} the list of those exit codes.
 */
@Command(
    exitCodeListHeading = AdminExitCodes.HEADING,
    exitCodeList = {
      AdminExitCodes.OK_HELP,
      AdminExitCodes.USAGE_HELP,
      AdminExitCodes.REFUSED_HELP,
      AdminExitCodes.UNREACHABLE_HELP
    })
public final class AdminOptions {
  static final String DEFAULT_URL = "http://127.0.0.1:" + ServiceCatalog.DEFAULT_ADMIN_PORT;
  private static final String TOKEN_FILE = ".vizzor/admin.token";

  /** One call of the admin API and its printout. */
  @FunctionalInterface
  interface Action {
    void run(AdminClient client, PrintWriter out);
  }

  private record Token(String value, String source) {}

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--admin-url",
      paramLabel = "URL",
      description =
          "Admin API base URL. Default: $VIZZOR_ADMIN_URL, else the local suite's, else "
              + DEFAULT_URL
              + ". Token: $VIZZOR_ADMIN_TOKEN, else the one the local suite generated.")
  String adminUrlOption;

  private final Function<String, Optional<String>> environment;
  private final SuiteLayout layout;

  public AdminOptions() {
    this(Env::get, SuiteLayout.fromWorkingDirectory());
  }

  /** For tests: a given environment and suite directory instead of the process's own. */
  AdminOptions(Function<String, Optional<String>> environment, SuiteLayout layout) {
    this.environment = environment;
    this.layout = layout;
  }

  /** Runs {@code action} against the admin API; returns the command's exit code. */
  int call(Action action) {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    try {
      String url = adminUrl();
      if (!isHttpUrl(url)) {
        err.println("Error: invalid admin API URL '" + url + "'; expected http://host:port");
        return AdminExitCodes.USAGE;
      }
      Optional<Token> token = token();
      if (token.isEmpty()) {
        err.println(
            "Error: no admin token. Set VIZZOR_ADMIN_TOKEN to the token the gateway was started"
                + " with, or start the local suite (./vizzor api start), which keeps one in "
                + TOKEN_FILE
                + ".");
        return AdminExitCodes.USAGE;
      }
      try {
        action.run(new AdminClient(stripTrailingSlash(url), token.get().value()), out);
        return AdminExitCodes.OK;
      } catch (AdminApiRefused e) {
        err.printf("Error: %s (HTTP %d from %s): %s%n", e.code(), e.status(), url, e.getMessage());
        if (e.status() == 401) {
          err.println(
              "The admin token came from "
                  + token.get().source()
                  + "; it must match the gateway's VIZZOR_ADMIN_TOKEN.");
        }
        return AdminExitCodes.REFUSED;
      } catch (AdminApiUnreachable e) {
        err.println("Error: " + e.getMessage());
        err.println(
            "Is the gateway running? ./vizzor api status shows the local suite's admin API;"
                + " --admin-url or VIZZOR_ADMIN_URL point elsewhere.");
        return AdminExitCodes.UNREACHABLE;
      }
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The local suite's state file exists only while it runs ({@code start} writes it, {@code stop}
   * removes it); a stale one left by a killed supervisor at worst names a port nobody answers on.
   */
  String adminUrl() {
    if (adminUrlOption != null) {
      return adminUrlOption;
    }
    return environment
        .apply("VIZZOR_ADMIN_URL")
        .or(() -> SuiteState.read(layout).map(SuiteState::adminUrl))
        .orElse(DEFAULT_URL);
  }

  private Optional<Token> token() {
    return environment
        .apply("VIZZOR_ADMIN_TOKEN")
        .map(value -> new Token(value, "VIZZOR_ADMIN_TOKEN"))
        .or(() -> AdminTokenFile.read(layout.adminTokenFile()).map(v -> new Token(v, TOKEN_FILE)));
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
