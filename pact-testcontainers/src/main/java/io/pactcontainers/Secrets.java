package io.pactcontainers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The secrets of a run (Broker and pact-URL credentials, secret request header values) and the one
 * way to keep them out of what the run shows or leaves: console lines, messages, the causes they
 * chain, reports, container logs. Every front end masks with this, so that a token a provider or a
 * Broker echoes is masked the same way everywhere.
 *
 * <p>Each secret is masked as given, without its scheme ({@code Bearer}), in base64, and as each
 * output spells it (escaped for HTML, XML and JSON, quoted for the shell), longest first so that a
 * secret inside another cannot leave a tail. A spelling shorter than {@value #SHORT} characters is
 * masked only where it stands alone, not inside a longer word: a token {@code user} would otherwise
 * turn {@code users} into {@code ****s} in every path, image name and message, and the reproduction
 * lines would no longer run.
 */
public final class Secrets {
  /** Request headers whose values are secrets unless a front end is told otherwise. */
  public static final Set<String> DEFAULT_SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");

  private static final Secrets NONE = new Secrets(List.of());

  private static final java.util.regex.Pattern SCHEME_ALONE =
      java.util.regex.Pattern.compile("(?i)\\s*(bearer|basic|token|digest)\\s*");

  /** What a secret becomes. */
  public static final String MASK = "****";

  /** Spellings shorter than this are masked only as whole words. */
  static final int SHORT = 8;

  private final List<String> spellings;

  /** The short spellings as whole-word patterns. */
  private final List<java.util.regex.Pattern> shortOnes;

  private Secrets(List<String> spellings) {
    this.spellings = spellings;
    this.shortOnes =
        spellings.stream()
            .filter(s -> s.length() < SHORT)
            .map(
                s ->
                    java.util.regex.Pattern.compile(
                        "(?<![A-Za-z0-9_-])"
                            + java.util.regex.Pattern.quote(s)
                            + "(?![A-Za-z0-9_-])"))
            .toList();
  }

  /**
   * No secrets: masking changes nothing.
   *
   * @return the empty set of secrets
   */
  public static Secrets none() {
    return NONE;
  }

  /**
   * These values as secrets; blank ones are ignored.
   *
   * @param values secret values: tokens, passwords, header values (with or without a scheme)
   * @return the secrets
   */
  public static Secrets of(Collection<String> values) {
    List<String> all = new ArrayList<>();
    for (String value : values) {
      if (value == null || value.isBlank() || SCHEME_ALONE.matcher(value).matches()) {
        continue; // a scheme alone is no secret: masking it would hide every "Bearer" shown
      }
      all.add(value);
      String bare = value.replaceFirst("(?i)^(bearer|basic|token)\\s+", "");
      all.add(bare);
      all.add(Base64.getEncoder().encodeToString(bare.getBytes(StandardCharsets.UTF_8)));
    }
    return new Secrets(
        all.stream()
            .filter(s -> !s.isEmpty())
            .flatMap(Secrets::spellings)
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList());
  }

  /**
   * These secrets and those.
   *
   * @param more the other secrets
   * @return both
   */
  public Secrets and(Secrets more) {
    if (more.spellings.isEmpty()) {
      return this;
    }
    if (spellings.isEmpty()) {
      return more;
    }
    return new Secrets(
        Stream.concat(spellings.stream(), more.spellings.stream())
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList());
  }

  /**
   * Whether there is nothing to mask.
   *
   * @return true when there are no secrets
   */
  public boolean isEmpty() {
    return spellings.isEmpty();
  }

  /**
   * A secret as each output spells it: as is, escaped for HTML and XML, for JSON, and quoted for
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

  /**
   * The text with every secret replaced by {@value #MASK}.
   *
   * @param text any text; null stays null
   * @return the text masked
   */
  public String mask(String text) {
    if (text == null || spellings.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : spellings) {
      if (s.length() >= SHORT) {
        out = out.replace(s, MASK);
      }
    }
    for (java.util.regex.Pattern p : shortOnes) {
      out = p.matcher(out).replaceAll(MASK);
    }
    return out;
  }

  /**
   * Whether the message of this throwable or of any cause it chains holds a secret.
   *
   * @param t the throwable, or null
   * @return true when a message in its chain would change under {@link #mask}
   */
  public boolean leaks(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c.getMessage() != null && !mask(c.getMessage()).equals(c.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The throwable's cause chain with every message masked, for a front end to chain under its own
   * error: {@code -e} (or a test report) then shows where it came from without what a server
   * echoed. Each link keeps the original's class name and stack trace.
   *
   * @param t the throwable, or null
   * @return t itself when nothing in its chain holds a secret, else a masked copy; null for null
   */
  public Throwable masked(Throwable t) {
    if (t == null || !leaks(t)) {
      return t;
    }
    return MaskedThrowable.of(t, this);
  }

  /**
   * Rewrites the text files under a folder (reports, logs written before the secrets were known)
   * with the secrets masked. A file that cannot be rewritten is removed: cut short (a full disk) it
   * may still hold a secret, and would read as complete.
   *
   * @param dir the folder; nothing happens where it is missing
   * @param warn told of each file removed and of a folder that could not be read
   */
  public void maskFiles(Path dir, Consumer<String> warn) {
    if (spellings.isEmpty() || !Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        maskFile0(f, warn);
      }
    } catch (IOException e) {
      warn.accept(
          "Could not check "
              + dir
              + " for secrets to mask: "
              + e.getMessage()
              + "; review it"
              + " before sharing it");
    }
  }

  /**
   * Rewrites one file with the secrets masked: a report a user's own class wrote, which may not
   * have masked what a provider echoed. A file that cannot be rewritten is removed, as in {@link
   * #maskFiles}.
   *
   * @param file the file; nothing happens where it is missing
   * @param warn told of the file removed
   */
  public void maskFile(Path file, Consumer<String> warn) {
    if (spellings.isEmpty() || !Files.isRegularFile(file)) {
      return;
    }
    try {
      maskFile0(file, warn);
    } catch (IOException e) {
      warn.accept("Could not check " + file + " for secrets to mask: " + e.getMessage());
    }
  }

  private void maskFile0(Path f, Consumer<String> warn) throws IOException {
    // Byte for byte, whatever the encoding: each secret compared as its UTF-8 bytes.
    String text = Files.readString(f, StandardCharsets.ISO_8859_1);
    String masked = text;
    for (String s : spellings) {
      String bytes = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      masked =
          s.length() >= SHORT
              ? masked.replace(bytes, MASK)
              : java.util.regex.Pattern.compile(
                      "(?<![A-Za-z0-9_-])"
                          + java.util.regex.Pattern.quote(bytes)
                          + "(?![A-Za-z0-9_-])")
                  .matcher(masked)
                  .replaceAll(MASK);
    }
    if (masked.equals(text)) {
      return;
    }
    try {
      Files.writeString(f, masked, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      Files.deleteIfExists(f);
      warn.accept("Could not mask secrets in " + f + " (" + e.getMessage() + "): it was removed");
    }
  }

  /**
   * A link of a masked cause chain: the original's class name and masked message as its message
   * (Maven's {@code -e} prints a cause's own class, then its message), and its stack.
   */
  private static final class MaskedThrowable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private MaskedThrowable(String message, Throwable cause) {
      super(message, cause);
    }

    static MaskedThrowable of(Throwable t, Secrets secrets) {
      Throwable cause = t.getCause() == null || t.getCause() == t ? null : t.getCause();
      String message = secrets.mask(t.getMessage());
      MaskedThrowable copy =
          new MaskedThrowable(
              message == null ? t.getClass().getName() : t.getClass().getName() + ": " + message,
              cause == null ? null : of(cause, secrets));
      copy.setStackTrace(t.getStackTrace());
      return copy;
    }

    /** What printStackTrace shows: the original's class and message, as the original would. */
    @Override
    public String toString() {
      return getMessage();
    }
  }
}
