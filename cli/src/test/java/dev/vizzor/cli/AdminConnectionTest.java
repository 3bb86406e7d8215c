package dev.vizzor.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the admin commands find the admin API and its token, and how they fail to. */
@WireMockTest
class AdminConnectionTest {

  @TempDir Path suiteRoot;
  private AdminCli cli;
  private WireMockRuntimeInfo wireMock;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wireMock) {
    this.wireMock = wireMock;
    cli = new AdminCli(suiteRoot);
    stubFor(get("/admin/keys").willReturn(okJson("{\"data\":[]}")));
  }

  @Test
  void tokenComesFromTheLocalSuiteWhenTheEnvironmentHasNone() {
    AdminTokenFile.write(cli.layout().adminTokenFile(), "from-file");
    AdminCli.Result result =
        cli.run("api", "key", "list", "--admin-url", wireMock.getHttpBaseUrl());
    assertEquals(0, result.exitCode(), result.err());
    verify(
        getRequestedFor(urlEqualTo("/admin/keys"))
            .withHeader("Authorization", equalTo("Bearer from-file")));
  }

  @Test
  void environmentTokenWinsOverTheFile() {
    AdminTokenFile.write(cli.layout().adminTokenFile(), "from-file");
    cli.env("VIZZOR_ADMIN_TOKEN", "from-env");
    AdminCli.Result result =
        cli.run("api", "key", "list", "--admin-url", wireMock.getHttpBaseUrl());
    assertEquals(0, result.exitCode(), result.err());
    verify(
        getRequestedFor(urlEqualTo("/admin/keys"))
            .withHeader("Authorization", equalTo("Bearer from-env")));
  }

  @Test
  void noTokenAnywhereIsAUsageError() {
    AdminCli.Result result =
        cli.run("api", "key", "list", "--admin-url", wireMock.getHttpBaseUrl());
    assertEquals(2, result.exitCode());
    assertTrue(
        result.err().startsWith("Error: no admin token. Set VIZZOR_ADMIN_TOKEN"), result.err());
    verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void wrongTokenIsUnauthorizedAndNamesWhereTheTokenCameFrom() {
    AdminTokenFile.write(cli.layout().adminTokenFile(), "stale");
    stubFor(
        get("/admin/keys")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error\":{\"code\":\"unauthorized\",\"message\":\"missing or wrong admin token\"}}")));

    AdminCli.Result result =
        cli.run("api", "key", "list", "--admin-url", wireMock.getHttpBaseUrl());

    assertEquals(3, result.exitCode());
    assertEquals("", result.out());
    assertEquals(
        "Error: unauthorized (HTTP 401 from "
            + wireMock.getHttpBaseUrl()
            + "): missing or wrong admin token\n"
            + "The admin token came from .vizzor/admin.token;"
            + " it must match the gateway's VIZZOR_ADMIN_TOKEN.\n",
        result.err());
  }

  @Test
  void unreachableAdminApiHasItsOwnExitCode() {
    String nobody = "http://127.0.0.1:" + Ports.free();
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
  void anAnswerThatIsNotTheAdminApiCountsAsUnreachable() {
    cli.env("VIZZOR_ADMIN_TOKEN", "t");
    stubFor(get("/admin/keys").willReturn(aResponse().withStatus(200).withBody("<html>hi</html>")));
    AdminCli.Result result =
        cli.run("api", "key", "list", "--admin-url", wireMock.getHttpBaseUrl());
    assertEquals(4, result.exitCode());
    assertTrue(result.err().contains("without a JSON body"), result.err());
  }

  @Test
  void errorWithoutTheEnvelopeIsStillARefusal() {
    cli.env("VIZZOR_ADMIN_TOKEN", "t");
    stubFor(get("/admin/keys").willReturn(aResponse().withStatus(404).withBody("Not Found")));
    AdminCli.Result result =
        cli.run("api", "key", "list", "--admin-url", wireMock.getHttpBaseUrl());
    assertEquals(3, result.exitCode());
    assertTrue(result.err().startsWith("Error: http_404 (HTTP 404 from "), result.err());
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
    cli.env("VIZZOR_ADMIN_TOKEN", "t");
    AdminCli.Result result =
        cli.run("api", "key", "list", "--admin-url", wireMock.getHttpBaseUrl() + "/");
    assertEquals(0, result.exitCode(), result.err());
    verify(getRequestedFor(urlEqualTo("/admin/keys")));
  }

  @Test
  void urlComesFromTheEnvironmentThenTheLocalSuiteThenTheDefault() {
    Map<String, String> none = Map.of();
    AdminOptions defaults =
        new AdminOptions(name -> Optional.ofNullable(none.get(name)), cli.layout());
    assertEquals("http://127.0.0.1:9100", defaults.adminUrl());

    cli.layout().prepare();
    new SuiteState(3100, 9345, Map.of(), Map.of(), 0, false, null, null).write(cli.layout());
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
    new SuiteState(3100, wireMock.getHttpPort(), Map.of(), Map.of(), 0, false, null, null)
        .write(cli.layout());
    AdminTokenFile.write(cli.layout().adminTokenFile(), "local");
    AdminCli.Result result = cli.run("api", "key", "list");
    assertEquals(0, result.exitCode(), result.err());
    verify(
        getRequestedFor(urlEqualTo("/admin/keys"))
            .withHeader("Authorization", equalTo("Bearer local")));
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
}
