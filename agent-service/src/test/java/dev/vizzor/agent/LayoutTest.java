package dev.vizzor.agent;

import dev.vizzor.testsupport.ServiceLayout;
import org.junit.jupiter.api.Test;

/** The package rules of docs/CONVENTIONS.md. */
class LayoutTest {
  @Test
  void packagesFollowTheConventions() {
    ServiceLayout.of("dev.vizzor.agent").check();
  }
}
