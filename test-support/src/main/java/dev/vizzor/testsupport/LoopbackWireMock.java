package dev.vizzor.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock server on a free loopback port standing in for an outside service, for the
 * application's lifetime; tests get it injected into their {@code WireMockServer} field. A subclass
 * says which settings point the application at it.
 */
public abstract class LoopbackWireMock implements QuarkusTestResourceLifecycleManager {
  private WireMockServer server;

  /** The settings that send the application's calls to {@code baseUrl}, the stub's address. */
  protected abstract Map<String, String> settings(String baseUrl, WireMockServer server);

  /** WireMock options beyond the port and address (extensions), for stubs that need them. */
  protected WireMockConfiguration configure(WireMockConfiguration options) {
    return options;
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(configure(options().dynamicPort().bindAddress("127.0.0.1")));
    server.start();
    return settings("http://127.0.0.1:" + server.port(), server);
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
