package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the admin commands find the admin API and its token, and how they fail to, against the real
 * gateway: it answers only the right token, so a command that succeeds used that one.
 */
class AdminConnectionTest {

  @TempDir Path suiteRoot;
  private AdminCli cli;
  private String url;

  @BeforeEach
  void setUp() {
    RealGateway gateway = RealGateway.get();
    gateway.empty();
    url = gateway.adminUrl();
    cli = new AdminCli(suiteRoot);
  }

  @Test
  void tokenComesFromTheLocalSuiteWhenTheEnvironmentHasNone() {
    AdminTokenFile.write(cli.layout().adminTokenFile(), RealGateway.ADMIN_TOKEN);
    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", url);
    assertEquals(0, result.exitCode(), result.err());
  }

  @Test
  void environmentTokenWinsOverTheFile() {
    AdminTokenFile.write(cli.layout().adminTokenFile(), "stale");
    cli.env("VIZZOR_ADMIN_TOKEN", RealGateway.ADMIN_TOKEN);
    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", url);
    assertEquals(0, result.exitCode(), result.err());
  }

  @Test
  void noTokenAnywhereIsAUsageErrorAndNothingIsCalled() {
    // A closed port: had the command called anything, it would exit 4 (unreachable), not 2.
    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", nobody());
    assertEquals(2, result.exitCode());
    assertTrue(
        result.err().startsWith("Error: no admin token. Set VIZZOR_ADMIN_TOKEN"), result.err());
  }

  @Test
  void wrongTokenIsUnauthorizedAndNamesWhereTheTokenCameFrom() {
    AdminTokenFile.write(cli.layout().adminTokenFile(), "stale");

    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", url);

    assertEquals(3, result.exitCode());
    assertEquals("", result.out());
    String[] lines = result.err().split("\n");
    assertEquals(2, lines.length, result.err());
    assertTrue(lines[0].startsWith("Error: unauthorized (HTTP 401 from " + url + "): "), lines[0]);
    assertEquals(
        "The admin token came from .vizzor/admin.token;"
            + " it must match the gateway's VIZZOR_ADMIN_TOKEN.",
        lines[1]);
  }

  @Test
  void unreachableAdminApiHasItsOwnExitCode() {
    String nobody = nobody();
    cli.env("VIZZOR_ADMIN_TOKEN", "t");

    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", nobody);

    assertEquals(4, result.exitCode());
    assertEquals("", result.out());
    assertTrue(
        result.err().startsWith("Error: cannot reach " + nobody + ": connection refused\n"),
        result.err());
    assertTrue(result.err().contains("Is the gateway running?"), result.err());
  }

  @Test
  void badAdminUrlIsAUsageError() {
    cli.env("VIZZOR_ADMIN_TOKEN", "t");
    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", "127.0.0.1:9100");
    assertEquals(2, result.exitCode());
    assertTrue(
        result.err().startsWith("Error: invalid admin API URL '127.0.0.1:9100'"), result.err());
  }

  @Test
  void trailingSlashOnTheUrlIsHarmless() {
    cli.env("VIZZOR_ADMIN_TOKEN", RealGateway.ADMIN_TOKEN);
    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", url + "/");
    assertEquals(0, result.exitCode(), result.err());
  }

  @Test
  void urlComesFromTheEnvironmentThenTheLocalSuiteThenTheDefault() {
    Map<String, String> none = Map.of();
    AdminOptions defaults =
        new AdminOptions(name -> Optional.ofNullable(none.get(name)), cli.layout());
    assertEquals("http://127.0.0.1:9100", defaults.adminUrl());

    cli.layout().prepare();
    new SuiteState(3100, 9345, 8081, Map.of(), Map.of(), 0, false, null, null).write(cli.layout());
    assertEquals("http://127.0.0.1:9345", defaults.adminUrl());

    AdminOptions fromEnv =
        new AdminOptions(
            name -> Optional.ofNullable(Map.of("VIZZOR_ADMIN_URL", "http://admin:1").get(name)),
            cli.layout());
    assertEquals("http://admin:1", fromEnv.adminUrl());

    fromEnv.adminUrlOption = "http://flag:2";
    assertEquals("http://flag:2", fromEnv.adminUrl());
  }

  @Test
  void localSuiteStateAndTokenFileAreEnoughToTalkToIt() {
    cli.layout().prepare();
    int adminPort = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    new SuiteState(3100, adminPort, 8081, Map.of(), Map.of(), 0, false, null, null)
        .write(cli.layout());
    AdminTokenFile.write(cli.layout().adminTokenFile(), RealGateway.ADMIN_TOKEN);
    AdminCli.Result result = cli.run("api", "key", "list");
    assertEquals(0, result.exitCode(), result.err());
  }

  @Test
  void helpDocumentsTheExitCodes() {
    AdminCli.Result result = cli.run("api", "key", "create", "--help");
    assertEquals(0, result.exitCode());
    assertTrue(result.out().contains("Exit codes:"), result.out());
    assertTrue(result.out().contains("3   the admin API refused"), result.out());
    assertTrue(result.out().contains("4   the admin API could not be reached"), result.out());
    assertTrue(result.out().contains("--admin-url=URL"), result.out());
  }

  private static String nobody() {
    return "http://127.0.0.1:" + Ports.free();
  }
}
