package io.pactcontainers.maven;

import java.util.List;
import java.util.Map;

/** {@code <sidecar>}: a container the provider needs (a database), reached by {@code <name>}. */
public class SidecarConfiguration {
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
  int startupTimeout = 60;
}
