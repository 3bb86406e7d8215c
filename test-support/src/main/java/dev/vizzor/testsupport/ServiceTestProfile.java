package dev.vizzor.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * What a service's {@code @QuarkusTest} runs against, in one annotation:
 * {@code @TestProfile(ServiceTestProfile.class)} gives it its own database on the real PostgreSQL,
 * the real Redis, the in-process Kafka broker, and the gateway's and services' token keys. Test
 * classes with the same profile share one application start (Quarkus orders them together), so they
 * must leave shared state (clocks, Redis keys) as they found it and read only their own rows and
 * events. A test that needs other settings subclasses this and adds them; each such profile is one
 * more start.
 */
public class ServiceTestProfile implements QuarkusTestProfile {
  @Override
  public List<TestResourceEntry> testResources() {
    List<TestResourceEntry> resources = new ArrayList<>();
    resources.add(new TestResourceEntry(PostgresTestResource.class));
    resources.add(new TestResourceEntry(RedisTestResource.class));
    resources.add(new TestResourceEntry(KafkaTestResource.class));
    resources.add(new TestResourceEntry(InternalTokenTestResource.class));
    resources.addAll(moreTestResources());
    return resources;
  }

  /** Resources a subclass adds (a WireMock stub of an upstream API, say). */
  protected List<TestResourceEntry> moreTestResources() {
    return List.of();
  }
}
