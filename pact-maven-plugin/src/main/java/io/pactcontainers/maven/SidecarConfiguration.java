package io.pactcontainers.maven;

import io.pactcontainers.settings.RawSettings;
import java.util.List;
import java.util.Map;

/** {@code <sidecar>}: a container the provider needs (a database), reached by {@code <name>}. */
public class SidecarConfiguration implements RawSettings.Sidecar {
  /** The network alias the provider uses to reach it, e.g. {@code db}. */
  String name;

  /** Its image. */
  String image;

  /** The port to wait for (0: wait only for the start). */
  int port;

  /** Environment variables. */
  Map<String, String> env;

  /** Command and arguments, replacing the image's. */
  List<String> command;

  /** Readiness, as for the provider. */
  ReadinessConfiguration waitFor;

  /** Seconds to wait for it to be ready. */
  int startupTimeout = RawSettings.Provider.DEFAULT_STARTUP_TIMEOUT;

  @Override
  public String name() {
    return name;
  }

  @Override
  public String image() {
    return image;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public Map<String, String> env() {
    return env;
  }

  @Override
  public List<String> command() {
    return command;
  }

  @Override
  public ReadinessConfiguration waitFor() {
    return waitFor;
  }

  @Override
  public int startupTimeout() {
    return startupTimeout;
  }
}
