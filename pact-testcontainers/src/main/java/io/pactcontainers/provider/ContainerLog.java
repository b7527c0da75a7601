package io.pactcontainers.provider;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.testcontainers.containers.output.OutputFrame;

/** Writes a container's output to a file and keeps its last lines for error messages. */
final class ContainerLog implements Consumer<OutputFrame>, AutoCloseable {
  private static final int KEPT_LINES = 200;

  private final Path file;
  private final BufferedWriter writer;
  private final Deque<String> tail = new ArrayDeque<>();
  private final StringBuilder partial = new StringBuilder();

  ContainerLog(Path file) {
    this.file = file;
    BufferedWriter w = null;
    try {
      Files.createDirectories(file.getParent());
      w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Logs are an aid: without a file we still keep the tail in memory.
    }
    this.writer = w;
  }

  Path file() {
    return file;
  }

  @Override
  public synchronized void accept(OutputFrame frame) {
    if (frame.getType() == OutputFrame.OutputType.END) {
      flushPartial();
      return;
    }
    String text = frame.getUtf8String();
    try {
      if (writer != null) {
        writer.write(text);
        writer.flush();
      }
    } catch (IOException e) {
      // Keep going: the in-memory tail still works.
    }
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        flushPartial();
      } else if (c != '\r') {
        partial.append(c);
      }
    }
  }

  private void flushPartial() {
    if (partial.length() > 0) {
      tail.addLast(partial.toString());
      partial.setLength(0);
      while (tail.size() > KEPT_LINES) {
        tail.removeFirst();
      }
    }
  }

  synchronized String tail(int lines) {
    StringBuilder sb = new StringBuilder();
    int skip = Math.max(0, tail.size() - lines);
    int i = 0;
    for (String line : tail) {
      if (i++ >= skip) {
        sb.append(line).append('\n');
      }
    }
    if (partial.length() > 0) {
      sb.append(partial).append('\n');
    }
    return sb.toString();
  }

  @Override
  public synchronized void close() {
    try {
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      // Nothing more to do with a log we cannot close.
    }
  }
}
