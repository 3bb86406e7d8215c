package dev.vizzor.orchestrator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * One WireMock server standing in for OpenAI (under {@code /openai/v1}) and Anthropic (under {@code
 * /anthropic/v1/}); each test stubs what the providers answer (llm/PROVENANCE.md). The service
 * tries {@code gpt}, then {@code claude}, waiting at most 5 s for a token.
 */
public class ProvidersStub implements QuarkusTestResourceLifecycleManager {
  static final String OPENAI_KEY = "sk-test-openai";
  static final String ANTHROPIC_KEY = "sk-ant-test";

  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    String url = "http://127.0.0.1:" + server.port();
    return Map.of(
        "vizzor.orchestrator.providers.order",
        "gpt,claude",
        "vizzor.orchestrator.providers.token-timeout",
        "5s",
        "vizzor.llm.gpt.url",
        url + "/openai/v1",
        "vizzor.llm.gpt.key",
        OPENAI_KEY,
        "vizzor.llm.gpt.model",
        "gpt-4o-mini",
        "vizzor.llm.claude.url",
        url + "/anthropic/v1/",
        "vizzor.llm.claude.key",
        ANTHROPIC_KEY,
        "vizzor.llm.claude.model",
        "claude-3-5-haiku-latest");
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
