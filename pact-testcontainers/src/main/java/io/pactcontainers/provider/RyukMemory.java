package io.pactcontainers.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * What an engine answered about Testcontainers' Ryuk image: that it is missing and cannot be
 * pulled, remembered for a day per engine and image, so that the runs after the first neither spend
 * seconds on a pull that fails nor warn again. A file in the user's home; one that cannot be read
 * or written remembers nothing, and the check is made as before.
 */
final class RyukMemory {
  /** How long a failed pull is remembered: a registry may come back, an image be loaded. */
  static final Duration REMEMBERED = Duration.ofDays(1);

  private final Path file;

  RyukMemory(Path file) {
    this.file = file;
  }

  /** The memory of this user: {@code ~/.pact-testcontainers/ryuk-unavailable.properties}. */
  static RyukMemory ofThisUser() {
    return new RyukMemory(
        Path.of(
            System.getProperty("user.home"),
            ".pact-testcontainers",
            "ryuk-unavailable.properties"));
  }

  /** Whether the image was found missing and unpullable on this engine less than a day ago. */
  boolean unavailable(String engine, String image, Instant now) {
    String at = read().getProperty(key(engine, image));
    if (at == null) {
      return false;
    }
    try {
      Instant when = Instant.ofEpochMilli(Long.parseLong(at.trim()));
      return !when.isAfter(now) && Duration.between(when, now).compareTo(REMEMBERED) < 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Remembers that the image is missing and could not be pulled on this engine now. */
  void rememberUnavailable(String engine, String image, Instant now) {
    Properties all = read();
    all.setProperty(key(engine, image), String.valueOf(now.toEpochMilli()));
    try {
      Files.createDirectories(file.getParent());
      Path written = Files.createTempFile(file.getParent(), "ryuk", ".tmp");
      try (OutputStream out = Files.newOutputStream(written)) {
        all.store(out, "Ryuk images found missing and unpullable, by engine (pact-testcontainers)");
      }
      // Another run may write at the same time: each writes whole, the last one stays.
      Files.move(
          written,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // Nothing remembered: the next run checks again, as it always did.
    }
  }

  private Properties read() {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException | RuntimeException e) {
      // None yet, or unreadable: nothing remembered.
    }
    return p;
  }

  private static String key(String engine, String image) {
    return engine + "|" + image;
  }
}
