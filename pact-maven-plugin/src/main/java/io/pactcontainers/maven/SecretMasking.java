package io.pactcontainers.maven;

import io.pactcontainers.Secrets;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The library's {@link Secrets} at Maven's edge: Maven's log, the exception Maven prints (and the
 * causes {@code -e} shows), and a last pass over the output directory for what was written before
 * the secrets were known (the container logs are masked by the library as they are written).
 */
final class SecretMasking {
  private final Secrets secrets;

  private SecretMasking(Secrets secrets) {
    this.secrets = secrets;
  }

  /** Masks these secrets (the mapped settings' credentials and secret header values). */
  static SecretMasking of(Secrets secrets) {
    return new SecretMasking(secrets);
  }

  /** Masks these values, also without their scheme ({@code Bearer}) and in base64. */
  static SecretMasking ofValues(List<String> values) {
    return new SecretMasking(Secrets.of(values));
  }

  /** The library's view of these secrets, for what the library writes itself (container logs). */
  Secrets secrets() {
    return secrets;
  }

  String mask(String text) {
    return secrets.mask(text);
  }

  /**
   * The error with its message masked and the causes it chains masked too ({@code -e} prints them:
   * Jackson quotes a Broker's body, which may echo the token).
   */
  MojoExecutionException mask(MojoExecutionException e) {
    if (!secrets.leaks(e)) {
      return e;
    }
    return new MojoExecutionException(mask(e.getMessage()), secrets.masked(e.getCause()));
  }

  MojoFailureException mask(MojoFailureException e) {
    if (!secrets.leaks(e)) {
      return e;
    }
    MojoFailureException masked = new MojoFailureException(mask(e.getMessage()));
    if (e.getCause() != null) {
      masked.initCause(secrets.masked(e.getCause()));
    }
    return masked;
  }

  /**
   * Rewrites the text files under the output directory (reports, container logs) with the secrets
   * masked.
   */
  void maskFiles(Path dir, Log log) {
    secrets.maskFiles(dir, log::warn);
  }

  /** Maven's log with every line masked. */
  Log wrap(Log log) {
    return new Log() {
      public boolean isDebugEnabled() {
        return log.isDebugEnabled();
      }

      public void debug(CharSequence c) {
        log.debug(mask(String.valueOf(c)));
      }

      public void debug(CharSequence c, Throwable t) {
        log.debug(mask(String.valueOf(c)));
      }

      public void debug(Throwable t) {
        log.debug(mask(String.valueOf(t)));
      }

      public boolean isInfoEnabled() {
        return log.isInfoEnabled();
      }

      public void info(CharSequence c) {
        // Under -q each passing interaction's line would be masked only to be dropped.
        if (log.isInfoEnabled()) {
          log.info(mask(String.valueOf(c)));
        }
      }

      public void info(CharSequence c, Throwable t) {
        log.info(mask(String.valueOf(c)));
      }

      public void info(Throwable t) {
        log.info(mask(String.valueOf(t)));
      }

      public boolean isWarnEnabled() {
        return log.isWarnEnabled();
      }

      public void warn(CharSequence c) {
        log.warn(mask(String.valueOf(c)));
      }

      public void warn(CharSequence c, Throwable t) {
        log.warn(mask(String.valueOf(c)));
      }

      public void warn(Throwable t) {
        log.warn(mask(String.valueOf(t)));
      }

      public boolean isErrorEnabled() {
        return log.isErrorEnabled();
      }

      public void error(CharSequence c) {
        log.error(mask(String.valueOf(c)));
      }

      public void error(CharSequence c, Throwable t) {
        log.error(mask(String.valueOf(c)));
      }

      public void error(Throwable t) {
        log.error(mask(String.valueOf(t)));
      }
    };
  }
}
