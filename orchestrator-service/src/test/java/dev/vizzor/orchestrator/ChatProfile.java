package dev.vizzor.orchestrator;

import dev.vizzor.testsupport.ServiceTestProfile;
import java.util.List;

/**
 * The service with its tools' services stubbed (ServicesStub), ElevenLabs stubbed (SpeechStub) and
 * the local analyst.
 */
public class ChatProfile extends ServiceTestProfile {
  @Override
  protected List<TestResourceEntry> moreTestResources() {
    return List.of(
        new TestResourceEntry(ServicesStub.class), new TestResourceEntry(SpeechStub.class));
  }
}
