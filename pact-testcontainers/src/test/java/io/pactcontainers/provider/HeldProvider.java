package io.pactcontainers.provider;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a provider with a sidecar and holds it until the JVM is stopped: the child process of
 * {@link ContainerCleanupIT}'s Ctrl-C test.
 */
public final class HeldProvider {
  private HeldProvider() {}

  public static void main(String[] args) throws Exception {
    // The logs folder labels the containers: the test finds its own by it.
    Path logs = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("held-provider");
    ProviderContainer container =
        ProviderContainer.fromImage(args[0])
            .withPort(8000)
            .waitingFor(Readiness.http("/health"))
            .withSidecar(Sidecar.of("db", "pactcontainers/redis:bookworm").withPort(6379));
    ProviderRuntime runtime = new ProviderLauncher(logs, line -> {}).start(container, "held");
    System.out.println("READY " + runtime.baseUrl());
    System.out.flush();
    Thread.sleep(120_000);
    runtime.close();
  }
}
