package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

/** How to tell that a container is ready to serve. */
public sealed interface Readiness {

  /** Ready when GET {@code path} on the exposed port answers {@code status}. */
  record Http(String path, int status) implements Readiness {
    public Http {
      requireNonNull(path, "path");
      if (!path.startsWith("/")) {
        path = "/" + path;
      }
    }
  }

  /** Ready when a log line matching {@code regex} has appeared {@code times} times. */
  record Log(String regex, int times) implements Readiness {
    public Log {
      requireNonNull(regex, "regex");
      if (times < 1) {
        throw new IllegalArgumentException("times must be at least 1");
      }
    }
  }

  /** Ready when the exposed port accepts TCP connections. */
  record Port() implements Readiness {}

  static Readiness http(String path) {
    return new Http(path, 200);
  }

  static Readiness port() {
    return new Port();
  }
}
