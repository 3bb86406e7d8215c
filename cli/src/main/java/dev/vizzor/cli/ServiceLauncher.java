package dev.vizzor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts one service as {@code java -jar quarkus-run.jar}, logging to .vizzor/logs. */
public final class ServiceLauncher {
  // Seven JVMs share a developer machine; 256 MiB of heap is plenty for local traffic.
  private static final String MAX_HEAP = "-Xmx256m";

  private final SuiteLayout layout;
  private final ChildRegistry registry;

  public ServiceLauncher(SuiteLayout layout, ChildRegistry registry) {
    this.layout = layout;
    this.registry = registry;
  }

  public Process start(ServiceSpec service, Map<String, String> environment) {
    Path jar = layout.serviceJar(service.module());
    List<String> command = List.of(JavaExecutable.path(), MAX_HEAP, "-jar", jar.toString());
    ProcessBuilder builder =
        NewSession.builder(
            command,
            layout.root().resolve(service.module()),
            Redirect.to(layout.log(service.module()).toFile()));
    ServiceEnvironment.apply(builder.environment(), environment);
    try {
      Process process = builder.start();
      registry.record(process.toHandle(), service.module());
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + service.module(), e);
    }
  }
}
