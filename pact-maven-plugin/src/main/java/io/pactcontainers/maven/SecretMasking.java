package io.pactcontainers.maven;

import io.pactcontainers.source.Credentials;
import io.pactcontainers.verify.RequestHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Keeps every known secret (Broker and pact-URL credentials, secret request headers) out of what a
 * run leaves behind, whatever produced the text: Maven's log, the exception Maven prints, the
 * reports and the container logs in the output directory. Applied at the edge, once, so that no
 * message anywhere has to remember it (a provider that echoes a token into a mismatch is masked
 * too).
 */
final class SecretMasking {
  /**
   * Request headers whose values are secrets unless {@code <secretRequestHeaders>} says otherwise.
   */
  static final Set<String> DEFAULT_SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");

  private final List<String> secrets;

  private SecretMasking(List<String> secrets) {
    this.secrets =
        secrets.stream()
            .filter(s -> s != null && !s.isEmpty())
            .flatMap(SecretMasking::spellings)
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  /**
   * Masks the credentials' secrets and the values of the secret request headers, also without their
   * scheme ({@code Bearer}) and in base64.
   */
  static SecretMasking of(List<Credentials> credentials, List<RequestHeader> headers) {
    return ofValues(
        credentials,
        headers.stream().filter(RequestHeader::secret).map(RequestHeader::value).toList());
  }

  /** Masks the credentials' secrets and these secret header values. */
  static SecretMasking ofValues(List<Credentials> credentials, List<String> secretHeaderValues) {
    List<String> all = new ArrayList<>();
    credentials.forEach(c -> all.addAll(c.secrets()));
    for (String value : secretHeaderValues) {
      if (value != null && !value.isBlank()) {
        all.add(value);
        String bare = value.replaceFirst("(?i)^(bearer|basic|token)\\s+", "");
        all.add(bare);
        all.add(Base64.getEncoder().encodeToString(bare.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return new SecretMasking(all);
  }

  /**
   * A secret as each report spells it: as is, escaped for HTML and XML, for JSON, and quoted for
   * the shell in a curl command; a secret with a quote or an ampersand would slip through
   * otherwise.
   */
  private static Stream<String> spellings(String secret) {
    String markup =
        secret
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;");
    String json = secret.replace("\\", "\\\\").replace("\"", "\\\"");
    String shell = secret.replace("'", "'\\''");
    return Stream.of(secret, markup, markup.replace("&#39;", "'"), json, shell);
  }

  String mask(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, "****");
    }
    return out;
  }

  MojoExecutionException mask(MojoExecutionException e) {
    String masked = mask(e.getMessage());
    return masked.equals(e.getMessage()) && !leaks(e.getCause())
        ? e
        : new MojoExecutionException(masked);
  }

  MojoFailureException mask(MojoFailureException e) {
    String masked = mask(e.getMessage());
    return masked.equals(e.getMessage()) && !leaks(e.getCause())
        ? e
        : new MojoFailureException(masked);
  }

  private boolean leaks(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && !mask(c.getMessage()).equals(c.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rewrites the text files under the output directory (reports, container logs) with the secrets
   * masked.
   */
  void maskFiles(Path dir, Log log) {
    if (secrets.isEmpty() || !Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text =
            Files.readString(
                f, StandardCharsets.ISO_8859_1); // byte for byte, whatever the encoding
        String masked = text;
        for (String s : secrets) {
          masked =
              masked.replace(
                  new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                  "****");
        }
        if (!masked.equals(text)) {
          try {
            Files.writeString(f, masked, StandardCharsets.ISO_8859_1);
          } catch (IOException e) {
            // Cut short (a full disk) it may still hold a secret, and would read as complete.
            Files.deleteIfExists(f);
            log.warn(
                "Could not mask secrets in " + f + " (" + e.getMessage() + "): it was removed");
          }
        }
      }
    } catch (IOException e) {
      log.warn(
          "Could not check "
              + dir
              + " for secrets to mask: "
              + e.getMessage()
              + "; review it before sharing it");
    }
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
        log.info(mask(String.valueOf(c)));
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
