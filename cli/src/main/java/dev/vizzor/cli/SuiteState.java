package dev.vizzor.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the supervisor started, written to {@code .vizzor/state.properties} so that {@code status}
 * and a detached {@code start} can describe a suite running in another process.
 */
public record SuiteState(
    int gatewayPort,
    int adminPort,
    int firstServicePort,
    Map<String, Long> servicePids,
    Map<String, String> infra,
    long postmasterPid,
    boolean hostsEmbeddedStores,
    Double readySeconds,
    String generatedWebhookSecret) {

  public static final String KAFKA = "Kafka";
  public static final String POSTGRES = "PostgreSQL";
  public static final String REDIS = "Redis";

  /** Where the gateway's admin API listens; loopback only, like everything the suite starts. */
  public String adminUrl() {
    return Ports.loopbackUrl(adminPort);
  }

  /** The services as this suite runs them (ports; database names do not matter here). */
  public List<ServiceSpec> services() {
    return ServiceCatalog.services(
        gatewayPort, adminPort, firstServicePort, ServiceCatalog.DEFAULT_DATABASE_PREFIX);
  }

  public SuiteState withReadySeconds(double seconds) {
    return new SuiteState(
        gatewayPort,
        adminPort,
        firstServicePort,
        servicePids,
        infra,
        postmasterPid,
        hostsEmbeddedStores,
        seconds,
        generatedWebhookSecret);
  }

  String toText() {
    Properties props = new Properties();
    props.setProperty("gateway.port", Integer.toString(gatewayPort));
    props.setProperty("admin.url", adminUrl());
    props.setProperty("services.first.port", Integer.toString(firstServicePort));
    servicePids.forEach((module, pid) -> props.setProperty("service." + module + ".pid", pid + ""));
    infra.forEach((kind, line) -> props.setProperty("infra." + kind, line));
    props.setProperty("postgres.postmaster.pid", Long.toString(postmasterPid));
    props.setProperty("hosts.embedded.stores", Boolean.toString(hostsEmbeddedStores));
    if (readySeconds != null) {
      props.setProperty("ready.seconds", readySeconds.toString());
    }
    if (generatedWebhookSecret != null) {
      props.setProperty("webhook.secret.generated", generatedWebhookSecret);
    }
    StringWriter out = new StringWriter();
    try {
      props.store(out, "vizzor api start");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static SuiteState fromText(String text) {
    Properties props = new Properties();
    try {
      props.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int gatewayPort =
        Integer.parseInt(
            props.getProperty(
                "gateway.port", Integer.toString(ServiceCatalog.DEFAULT_GATEWAY_PORT)));
    String adminUrl = props.getProperty("admin.url");
    int adminPort =
        adminUrl == null ? ServiceCatalog.DEFAULT_ADMIN_PORT : URI.create(adminUrl).getPort();
    int firstServicePort =
        Integer.parseInt(
            props.getProperty(
                "services.first.port",
                Integer.toString(ServiceCatalog.DEFAULT_FIRST_SERVICE_PORT)));
    Map<String, Long> pids = new LinkedHashMap<>();
    for (ServiceSpec service : ServiceCatalog.services(gatewayPort, adminPort)) {
      String pid = props.getProperty("service." + service.module() + ".pid");
      if (pid != null) {
        pids.put(service.module(), Long.parseLong(pid));
      }
    }
    Map<String, String> infra = new LinkedHashMap<>();
    for (String kind : new String[] {KAFKA, POSTGRES, REDIS}) {
      String line = props.getProperty("infra." + kind);
      if (line != null) {
        infra.put(kind, line);
      }
    }
    String ready = props.getProperty("ready.seconds");
    return new SuiteState(
        gatewayPort,
        adminPort,
        firstServicePort,
        pids,
        infra,
        Long.parseLong(props.getProperty("postgres.postmaster.pid", "0")),
        Boolean.parseBoolean(props.getProperty("hosts.embedded.stores", "false")),
        ready == null ? null : Double.valueOf(ready),
        props.getProperty("webhook.secret.generated"));
  }

  /** Written via a temporary file and a rename so readers never see half a file. */
  public void write(SuiteLayout layout) {
    try {
      Path tmp = layout.stateFile().resolveSibling("state.properties.tmp");
      Files.writeString(tmp, toText());
      Files.move(tmp, layout.stateFile(), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + layout.stateFile(), e);
    }
  }

  public static Optional<SuiteState> read(SuiteLayout layout) {
    try {
      if (!Files.isRegularFile(layout.stateFile())) {
        return Optional.empty();
      }
      return Optional.of(fromText(Files.readString(layout.stateFile())));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Forgets the suite, including its generated admin token: a secret should not outlive it. */
  public static void clear(SuiteLayout layout) {
    for (Path file : new Path[] {layout.stateFile(), layout.readyFile(), layout.adminTokenFile()}) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // stale files are overwritten by the next start
      }
    }
  }
}
