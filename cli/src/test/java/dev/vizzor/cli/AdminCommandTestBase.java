package dev.vizzor.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the admin command tests share: a WireMock stub of the admin API at {@link #url}, and the CLI
 * run in a fresh suite folder with the admin token in its environment.
 */
@WireMockTest
abstract class AdminCommandTestBase {
  static final String TOKEN = "test-admin-token";
  static final String ACCOUNT = "5b0c7a43-2f6e-4d1b-9a57-1c7a2b9e4f10";

  @TempDir Path suiteRoot;
  AdminCli cli;
  String url;

  @BeforeEach
  void startCli(WireMockRuntimeInfo wireMock) {
    url = wireMock.getHttpBaseUrl();
    cli = new AdminCli(suiteRoot).env("VIZZOR_ADMIN_TOKEN", TOKEN);
  }
}
