package dev.vizzor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Runs the {@code vizzor} command line in-process, as {@code main} would, but with an environment
 * and a suite directory of the test's choosing, capturing stdout and stderr.
 */
final class AdminCli {

  record Result(int exitCode, String out, String err) {}

  private final Map<String, String> environment = new HashMap<>();
  private final SuiteLayout layout;

  AdminCli(Path suiteRoot) {
    this.layout = new SuiteLayout(suiteRoot, suiteRoot.resolve("lib"));
  }

  AdminCli env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  SuiteLayout layout() {
    return layout;
  }

  Result run(String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == AdminOptions.class) {
              return type.cast(
                  new AdminOptions(name -> Optional.ofNullable(environment.get(name)), layout));
            }
            return CommandLine.defaultFactory().create(type);
          }
        };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Vizzor(), factory);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exitCode = cli.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
