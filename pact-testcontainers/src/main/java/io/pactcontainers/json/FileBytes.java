package io.pactcontainers.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's bytes, read in 64 KB reads. {@link Files#readAllBytes} reads a file in one read through
 * a temporary direct buffer of the file's size, which the JDK allocates and zeroes for that read:
 * for the 1.8 MB pact of the 1,000-interaction benchmark 18-20 ms in a fresh JVM, against 11 ms in
 * 64 KB reads (whose one buffer the JDK keeps; alternated runs, cold JVMs). Pacts are read at the
 * start of a run, where a fresh JVM is slowest. The same exceptions as {@code Files}' (a missing
 * file is a {@link java.nio.file.NoSuchFileException}).
 */
public final class FileBytes {
  private static final int CHUNK = 64 * 1024;

  private FileBytes() {}

  /**
   * Reads the whole file.
   *
   * @param file the file
   * @return its bytes
   * @throws IOException when it cannot be read
   */
  public static byte[] read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      long size = Files.size(file);
      if (size > Integer.MAX_VALUE - 8) {
        throw new IOException("too large to read: " + size + " bytes");
      }
      byte[] all = new byte[(int) size];
      int length = 0;
      while (true) {
        if (length == all.length) {
          // The file grew while it was read, or its size was not known: read on.
          int next = in.read();
          if (next < 0) {
            return all;
          }
          all = Arrays.copyOf(all, Math.max(all.length * 2, CHUNK));
          all[length++] = (byte) next;
        }
        int n = in.read(all, length, Math.min(CHUNK, all.length - length));
        if (n < 0) {
          return length == all.length ? all : Arrays.copyOf(all, length);
        }
        length += n;
      }
    }
  }
}
