package io.pactcontainers.provider;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Starts the provider a verification needs. */
public final class ProviderLauncher {
  private final Path logsDirectory;
  private final Consumer<String> progress;

  /**
   * @param logsDirectory where container logs are written (one file per container)
   * @param progress receives a line for each step ("Starting provider image x")
   */
  public ProviderLauncher(Path logsDirectory, Consumer<String> progress) {
    this.logsDirectory = logsDirectory;
    this.progress = progress;
  }

  public ProviderRuntime start(ProviderTarget target, String providerName) {
    if (target instanceof RunningProvider running) {
      URI base = running.baseUrl();
      return new ProviderRuntime() {
        public URI baseUrl() {
          return base;
        }

        public String logTail(int lines) {
          return "";
        }

        public void close() {}
      };
    }
    ContainerRuntime runtime = new ContainerRuntime((ProviderContainer) target, providerName, logsDirectory, progress);
    runtime.start();
    return runtime;
  }
}
