package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests must not be steered by an operator's exported variables (a shell left as after using the
 * suite): the root pom keeps every operator variable out of the test JVMs. This proves its list is
 * complete: every variable the settings read or the launcher hands out is on it, but the documented
 * server locations, which are meant to steer tests.
 */
class HermeticTestsTest {
  private static final Path ROOT = Path.of("..");
  private static final Set<String> MAY_STEER_TESTS =
      Set.of("VIZZOR_PG_URL", "VIZZOR_PG_USER", "VIZZOR_PG_PASSWORD", "VIZZOR_REDIS_URL");

  @Test
  void everyOperatorVariableIsKeptOutOfTheTestJvms() throws IOException {
    Set<String> kept = keptOut();
    Set<String> missing = new TreeSet<>(operatorVariables());
    missing.removeAll(kept);
    missing.removeAll(MAY_STEER_TESTS);

    assertEquals(Set.of(), missing, "add them to vizzor.operator-variables in the root pom.xml");
    for (String location : MAY_STEER_TESTS) {
      assertTrue(!kept.contains(location), location + " is documented to steer the tests");
    }
  }

  private static Set<String> keptOut() throws IOException {
    Matcher list =
        Pattern.compile("<vizzor.operator-variables>([^<]+)</vizzor.operator-variables>")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertTrue(list.find(), "the root pom names the operator variables");
    return Arrays.stream(list.group(1).split(",")).map(String::strip).collect(Collectors.toSet());
  }

  /** ${VARIABLE} in every module's settings, and "VIZZOR_…" names in the launcher's code. */
  private static Set<String> operatorVariables() throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT, 8)) {
      for (Path file :
          files
              .filter(path -> !path.toString().contains("/target/"))
              .filter(
                  path ->
                      path.toString().endsWith("src/main/resources/application.properties")
                          || path.toString().endsWith("META-INF/microprofile-config.properties")
                          || (path.toString().contains("cli/src/main/java")
                              && path.toString().endsWith(".java")))
              .toList()) {
        collect(
            Files.readString(file),
            file.toString().endsWith(".java")
                ? "\"((?:VIZZOR|KAFKA|QUARKUS)_[A-Z0-9_]*[A-Z0-9])\""
                : "\\$\\{((?:VIZZOR|KAFKA|QUARKUS)_[A-Z0-9_]+)",
            found);
      }
    }
    assertTrue(found.contains("VIZZOR_WEBHOOK_SECRETS"), "the scan found the settings: " + found);
    return found;
  }

  private static void collect(String text, String regex, Set<String> into) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }
}
