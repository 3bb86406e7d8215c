package dev.vizzor.orchestrator;

import dev.vizzor.testsupport.ServiceTestProfile;
import java.util.List;

/** The service with real provider clients pointed at ProvidersStub, and its tools stubbed. */
public class ProvidersProfile extends ServiceTestProfile {
  @Override
  protected List<TestResourceEntry> moreTestResources() {
    return List.of(
        new TestResourceEntry(ServicesStub.class), new TestResourceEntry(ProvidersStub.class));
  }
}
