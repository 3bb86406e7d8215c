package dev.vizzor.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.vizzor.testsupport.Ports;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vizzor agents halt|resume|status} against a stub of the admin API answering as the gateway
 * README and docs/AGENTS.md ("Emergency stop") say, and once against the real gateway, whose
 * agent-service is down: what is sent, what is printed, and the admin commands' exit codes.
 */
@WireMockTest
class AgentsCommandsTest {
  private static final String PATH = "/admin/agents/emergency-stop";
  private static final String TOKEN = RealGateway.ADMIN_TOKEN;
  private static final String OPERATORS_STOP =
      """
      {"id":"6f1c2a8e-3b7d-4c1e-9a55-0d2e8b7c4f10","scope":"all","accountId":null,"active":true,\
      "reason":"exchange outage","pulledBy":"operator","haltedAt":"2026-12-06T03:00:00.123456Z",\
      "liftedAt":null,"liftedBy":null}""";
  private static final String ACCOUNT = "4d3c2b1a-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
  private static final String ACCOUNTS_STOP =
      """
      {"id":"0b6f7e52-91d4-4a7b-8e0c-5c3a2f1d9e84","scope":"account","accountId":"%s",\
      "active":true,"reason":"emergency stop","pulledBy":"%s",\
      "haltedAt":"2026-12-06T02:00:00Z","liftedAt":null,"liftedBy":null}"""
          .formatted(ACCOUNT, ACCOUNT);

  @TempDir Path suiteRoot;
  private AdminCli cli;
  private String url;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wireMock) {
    url = wireMock.getHttpBaseUrl();
    cli = new AdminCli(suiteRoot).env("VIZZOR_ADMIN_TOKEN", TOKEN);
  }

  @Test
  void haltSendsTheReasonWithTheAdminTokenAndSaysSinceWhen() {
    stubFor(post(PATH).willReturn(okJson(OPERATORS_STOP)));

    AdminCli.Result result = agents("halt", "--reason", "exchange outage");

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("", result.err());
    assertEquals(
        "Every agent of every account is halted since 2026-12-06T03:00:00Z (exchange outage);"
            + " vizzor agents resume lifts it.\n",
        result.out());
    verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withRequestBody(equalToJson("{\"reason\":\"exchange outage\"}")));
  }

  @Test
  void haltWithoutAReasonSendsNoneAndShowsTheServicesOwn() {
    stubFor(
        post(PATH).willReturn(okJson(OPERATORS_STOP.replace("exchange outage", "emergency stop"))));

    AdminCli.Result result = agents("halt");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains(" (emergency stop); "), result.out());
    verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("{}")));
  }

  @Test
  void resumeLiftsTheOperatorsHaltAndSaysWhichOne() {
    stubFor(
        delete(PATH)
            .willReturn(
                okJson(
                    OPERATORS_STOP
                        .replace("\"active\":true", "\"active\":false")
                        .replace("\"liftedAt\":null", "\"liftedAt\":\"2026-12-06T04:30:00Z\"")
                        .replace("\"liftedBy\":null", "\"liftedBy\":\"operator\""))));

    AdminCli.Result result = agents("resume");

    assertEquals(0, result.exitCode(), result.err());
    assertEquals(
        "Lifted the operator's halt of 2026-12-06T03:00:00Z at 2026-12-06T04:30:00Z; agents under"
            + " no account's own stop trade again.\n",
        result.out());
    verify(
        deleteRequestedFor(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void resumeWhenNoOperatorsHaltIsOnIsARefusal() {
    stubFor(
        delete(PATH)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"code\":\"not_found\",\"message\":\"agent-service refused"
                            + " the resume: No operator's halt is on\"}}")));

    AdminCli.Result result = agents("resume");

    assertEquals(3, result.exitCode());
    assertEquals("", result.out());
    assertEquals(
        "Error: not_found (HTTP 404 from "
            + url
            + "): agent-service refused the resume: No operator's halt is on\n",
        result.err());
  }

  @Test
  void statusListsEveryActiveStopTheOperatorsAndEachAccounts() {
    stubFor(
        get(PATH)
            .willReturn(okJson("{\"active\":[" + OPERATORS_STOP + "," + ACCOUNTS_STOP + "]}")));

    AdminCli.Result result = agents("status");

    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(4, lines.size(), result.out());
    assertEquals(List.of("scope", "account", "reason", "pulled by", "since"), cells(lines.get(0)));
    assertEquals(
        List.of("all", "-", "exchange outage", "operator", "2026-12-06T03:00:00Z"),
        cells(lines.get(2)));
    assertEquals(
        List.of("account", ACCOUNT, "emergency stop", ACCOUNT, "2026-12-06T02:00:00Z"),
        cells(lines.get(3)));
  }

  @Test
  void statusWithNoStopOnSaysAgentsTrade() {
    stubFor(get(PATH).willReturn(okJson("{\"active\":[]}")));

    AdminCli.Result result = agents("status");

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("No emergency stop is on: every running agent trades.\n", result.out());
  }

  @Test
  void anUnreachableAdminApiHasItsOwnExitCode() {
    String nobody = "http://127.0.0.1:" + Ports.free();
    for (String command : List.of("halt", "resume", "status")) {
      AdminCli.Result result = cli.run("agents", command, "--admin-url", nobody);
      assertEquals(4, result.exitCode(), command);
      assertEquals("", result.out());
      assertTrue(
          result.err().startsWith("Error: cannot reach " + nobody + ": connection refused\n"),
          result.err());
    }
  }

  @Test
  void throughTheRealGatewayADownAgentServiceIsUnavailable() {
    // The packaged gateway's services are a closed port (RealGateway).
    String gateway = RealGateway.get().adminUrl();
    for (String command : List.of("halt", "resume", "status")) {
      AdminCli.Result result = cli.run("agents", command, "--admin-url", gateway);
      assertEquals(3, result.exitCode(), command + ": " + result.err());
      assertEquals("", result.out());
      assertTrue(
          result
              .err()
              .startsWith(
                  "Error: service_unavailable (HTTP 503 from " + gateway + "): agent-service "),
          result.err());
    }
  }

  @Test
  void eachAgentsCommandsHelpListsTheAdminExitCodes() {
    for (String command : List.of("halt", "resume", "status")) {
      AdminCli.Result help = cli.run("agents", command, "--help");
      assertEquals(0, help.exitCode(), help.err());
      assertTrue(help.out().contains("Exit codes:"), command);
      for (String code : List.of("0", "2", "3", "4")) {
        assertTrue(
            help.out().matches("(?s).*\\n\\s*" + code + "\\s+\\S.*"),
            command + " lists exit code " + code + ":\n" + help.out());
      }
    }
  }

  @Test
  void agentsAloneIsAUsageErrorNamingItsCommands() {
    AdminCli.Result result = cli.run("agents");
    assertEquals(2, result.exitCode());
    assertTrue(
        result.err().contains("Missing subcommand; one of: halt, resume, status"), result.err());
  }

  /** {@code vizzor agents <args> --admin-url <the stub>}. */
  private AdminCli.Result agents(String... args) {
    String[] command = new String[args.length + 3];
    command[0] = "agents";
    System.arraycopy(args, 0, command, 1, args.length);
    command[args.length + 1] = "--admin-url";
    command[args.length + 2] = url;
    return cli.run(command);
  }

  private static List<String> cells(String line) {
    return List.of(line.strip().split("\\s*\\|\\s*"));
  }
}
