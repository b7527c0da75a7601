package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

/** How to tell that a container is ready to serve. */
public sealed interface Readiness {

  /**
   * Ready when GET {@code path} on the exposed port answers {@code status}.
   *
   * @param path the path to ask ({@code /health}); a missing leading slash is added
   * @param status the status that means ready
   */
  record Http(String path, int status) implements Readiness {
    /**
     * Checks the components.
     *
     * @param path the path to ask ({@code /health}); a missing leading slash is added
     * @param status the status that means ready
     */
    public Http {
      requireNonNull(path, "path");
      if (!path.startsWith("/")) {
        path = "/" + path;
      }
    }
  }

  /**
   * Ready when a log line matching {@code regex} has appeared {@code times} times.
   *
   * @param regex a regular expression a line must contain a match of
   * @param times how many such lines, at least 1
   */
  record Log(String regex, int times) implements Readiness {
    /**
     * Checks the components.
     *
     * @param regex a regular expression a line must contain a match of
     * @param times how many such lines, at least 1
     */
    public Log {
      requireNonNull(regex, "regex");
      if (times < 1) {
        throw new IllegalArgumentException("times must be at least 1");
      }
    }
  }

  /** Ready when the exposed port accepts TCP connections. */
  record Port() implements Readiness {}

  /**
   * Ready when GET {@code path} answers 200.
   *
   * @param path the path to ask
   * @return the readiness
   */
  static Readiness http(String path) {
    return new Http(path, 200);
  }

  /**
   * Ready when the exposed port accepts connections.
   *
   * @return the readiness
   */
  static Readiness port() {
    return new Port();
  }
}
