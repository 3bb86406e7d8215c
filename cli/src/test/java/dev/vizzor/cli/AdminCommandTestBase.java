package dev.vizzor.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the admin command tests share: the real packaged gateway at {@link #url}, emptied before
 * each test, and the CLI run in a fresh suite folder with the gateway's admin token in its
 * environment.
 */
abstract class AdminCommandTestBase {
  static final String TOKEN = RealGateway.ADMIN_TOKEN;

  @TempDir Path suiteRoot;
  RealGateway gateway;
  AdminCli cli;
  String url;

  @BeforeEach
  void startCli() {
    gateway = RealGateway.get();
    gateway.empty();
    url = gateway.adminUrl();
    cli = new AdminCli(suiteRoot).env("VIZZOR_ADMIN_TOKEN", TOKEN);
  }

  /** {@code vizzor <args> --admin-url <the real gateway's admin API>}. */
  AdminCli.Result admin(String... args) {
    String[] withUrl = java.util.Arrays.copyOf(args, args.length + 2);
    withUrl[args.length] = "--admin-url";
    withUrl[args.length + 1] = url;
    return cli.run(withUrl);
  }
}
