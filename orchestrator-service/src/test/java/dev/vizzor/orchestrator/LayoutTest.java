package dev.vizzor.orchestrator;

import dev.vizzor.testsupport.ServiceLayout;
import org.junit.jupiter.api.Test;

/** The package rules of docs/CONVENTIONS.md; {@code analyst} is a pure algorithm package. */
class LayoutTest {
  @Test
  void packagesFollowTheConventions() {
    ServiceLayout.of("dev.vizzor.orchestrator", "analyst").check();
  }
}
