package dev.vizzor.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --admin-url} pointing at something that is not the admin API (a web page, a proxy's bare
 * error): answers a real gateway never gives, so a stub gives them.
 */
@WireMockTest
class NotTheAdminApiTest {
  @TempDir Path suiteRoot;
  private AdminCli cli;
  private String url;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wireMock) {
    url = wireMock.getHttpBaseUrl();
    cli = new AdminCli(suiteRoot).env("VIZZOR_ADMIN_TOKEN", "t");
  }

  @Test
  void aSuccessThatIsNotJsonCountsAsUnreachable() {
    stubFor(get("/admin/keys").willReturn(aResponse().withStatus(200).withBody("<html>hi</html>")));
    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", url);
    assertEquals(4, result.exitCode());
    assertTrue(result.err().contains("without a JSON body"), result.err());
  }

  @Test
  void anErrorWithoutTheEnvelopeIsStillARefusal() {
    stubFor(get("/admin/keys").willReturn(aResponse().withStatus(404).withBody("Not Found")));
    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", url);
    assertEquals(3, result.exitCode());
    assertTrue(result.err().startsWith("Error: http_404 (HTTP 404 from "), result.err());
  }
}
