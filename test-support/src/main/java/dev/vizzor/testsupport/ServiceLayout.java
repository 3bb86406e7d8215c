package dev.vizzor.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The package rules of docs/CONVENTIONS.md, checked on a service's own classes (test classes
 * excluded): entry points ({@code rest}, {@code messaging}) reach the rest only through {@code
 * service}; {@code repository} and {@code client} use only {@code domain} and {@code config};
 * {@code domain} and {@code config} import nothing of the service; an algorithm package (such as
 * market's {@code velocity}) imports only {@code domain}; no two packages import each other, even
 * through others. A service runs them in one line: {@code ServiceLayout.of("dev.vizzor.market",
 * "velocity").check()}.
 */
public final class ServiceLayout {
  private final String base;
  private final List<String> algorithms;

  private ServiceLayout(String base, List<String> algorithms) {
    this.base = base;
    this.algorithms = algorithms;
  }

  public static ServiceLayout of(String basePackage, String... algorithmPackages) {
    return new ServiceLayout(basePackage, List.of(algorithmPackages));
  }

  public void check() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(base);
    rules().forEach(rule -> rule.check(classes));
  }

  private List<ArchRule> rules() {
    List<ArchRule> rules = new ArrayList<>();
    rules.add(onlyUses("rest", "service", "domain", "config"));
    rules.add(onlyUses("messaging", "service", "domain", "config"));
    rules.add(onlyUses("repository", "domain", "config"));
    rules.add(onlyUses("client", "domain", "config"));
    rules.add(onlyUses("domain"));
    rules.add(onlyUses("config", "domain"));
    algorithms.forEach(algorithm -> rules.add(onlyUses(algorithm, "domain")));
    rules.add(
        slices()
            .matching(base + ".(*)..")
            .should()
            .beFreeOfCycles()
            .because("no two packages may import each other, even through others")
            .allowEmptyShould(true));
    return rules;
  }

  /**
   * Classes of {@code layer} depend on no package of the service but {@code allowed} and itself.
   */
  private ArchRule onlyUses(String layer, String... allowed) {
    String[] permitted =
        Stream.concat(Stream.of(layer), Stream.of(allowed))
            .map(name -> base + "." + name + "..")
            .toArray(String[]::new);
    return classes()
        .that()
        .resideInAPackage(base + "." + layer + "..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage(base + "..").or(resideInAnyPackage(permitted)))
        .allowEmptyShould(true);
  }
}
