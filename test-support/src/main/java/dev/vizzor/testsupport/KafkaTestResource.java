package dev.vizzor.testsupport;

import dev.vizzor.common.events.SuiteTopicNames;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points SmallRye Kafka at the in-process KRaft broker and injects {@link KafkaBroker} fields. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    // before the application subscribes, so its consumers find every topic at once
    KafkaBroker.get().createTopics(SuiteTopicNames.ALL.toArray(String[]::new));
    return Map.of("kafka.bootstrap.servers", KafkaBroker.get().bootstrapServers());
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(KafkaBroker.get(), new TestInjector.MatchesType(KafkaBroker.class));
  }

  @Override
  public void stop() {
    // nothing: the broker is shared by the whole test JVM and stops with it
  }
}
