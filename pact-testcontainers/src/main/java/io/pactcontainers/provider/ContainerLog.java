package io.pactcontainers.provider;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.testcontainers.containers.output.OutputFrame;

/**
 * Writes a container's output to a file, line by line with the run's secrets masked as it is
 * written (a run killed with SIGKILL leaves no secret a provider echoed on disk), and keeps its
 * last lines for error messages.
 */
final class ContainerLog implements Consumer<OutputFrame>, AutoCloseable {
  private static final int KEPT_LINES = 200;

  /** How long {@link #close()} waits for the log stream's end once the container is removed. */
  static final Duration END_WAIT = Duration.ofSeconds(2);

  private final Path file;
  private final io.pactcontainers.Secrets secrets;
  private final BufferedWriter writer;
  private final Deque<LogWindow.Line> tail = new ArrayDeque<>();
  private final StringBuilder partial = new StringBuilder();
  private long complete;

  /** When the line being put together was written: Docker's time for it, else when it came. */
  private Instant lineWritten;

  /** How Docker's clock and ours line up, as the lines' times have shown so far. */
  private final LogWindow.Clocks clocks = new LogWindow.Clocks();

  /**
   * Docker's log stream reaches us on docker-java's own thread and ends (an END frame) only after
   * the container is gone: the last lines a provider wrote (the access log of the last state
   * teardown, say) can still be on their way when the container has been removed. Closing waits for
   * the end.
   */
  private final CountDownLatch ended = new CountDownLatch(1);

  private volatile boolean following;

  ContainerLog(Path file) {
    this(file, io.pactcontainers.Secrets.none());
  }

  ContainerLog(Path file, io.pactcontainers.Secrets secrets) {
    this.file = file;
    this.secrets = secrets;
    BufferedWriter w = null;
    try {
      if (file == null) {
        throw new IOException("no file: the tail is kept in memory only");
      }
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
  public void accept(OutputFrame frame) {
    following = true;
    if (frame.getType() == OutputFrame.OutputType.END) {
      synchronized (this) {
        flushPartial();
      }
      ended.countDown();
      return;
    }
    write(frame.getUtf8String());
  }

  /**
   * A piece of a log Docker gave with its time ({@code timestamps=true}): {@code
   * 2026-12-02T10:00:00.123456789Z text}. The time is when the provider wrote it, which is what
   * tells which interaction a line belongs to: the stream reaches us later, by an unknown delay.
   */
  synchronized void writeStamped(String frame) {
    following = true;
    int space = frame.indexOf(' ');
    Instant arrived = Instant.now();
    if (space > 0) {
      try {
        Instant written = Instant.parse(frame.substring(0, space));
        clocks.seen(written, arrived);
        write(frame.substring(space + 1), written);
        return;
      } catch (java.time.format.DateTimeParseException e) {
        // Not a stamped piece after all: taken as it came.
      }
    }
    write(frame, arrived);
  }

  /**
   * Text a provider wrote, as it came. Lines may arrive in pieces: each is masked and written once
   * whole, so that a secret split across two pieces is masked all the same.
   */
  synchronized void write(String text) {
    write(text, Instant.now());
  }

  private void write(String text, Instant written) {
    if (partial.length() == 0) {
      lineWritten = written;
    }
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        endLine(true);
      } else if (c != '\r') {
        partial.append(c);
      }
    }
  }

  /** The line so far, masked: written to the file, and kept for messages when not empty. */
  private void endLine(boolean newline) {
    String line = secrets.mask(partial.toString());
    partial.setLength(0);
    try {
      if (writer != null && (newline || !line.isEmpty())) {
        writer.write(line);
        if (newline) {
          writer.write('\n');
        }
        writer.flush();
      }
    } catch (IOException e) {
      // Keep going: the in-memory tail still works.
    }
    if (!line.isEmpty()) {
      tail.addLast(new LogWindow.Line(line, lineWritten == null ? Instant.now() : lineWritten));
      complete++;
      while (tail.size() > KEPT_LINES) {
        tail.removeFirst();
      }
    }
  }

  private void flushPartial() {
    if (partial.length() > 0) {
      endLine(false);
    }
  }

  /** How many complete lines have come so far: a mark for {@link #linesSince}. */
  synchronized long lineCount() {
    return complete;
  }

  /**
   * The lines the provider wrote from {@code from} on (by our clock), the last {@code max} of them
   * (of those still kept).
   */
  synchronized java.util.List<String> linesWrittenSince(Instant from, int max) {
    return LogWindow.since(java.util.List.copyOf(tail), from, clocks.offset(), max);
  }

  synchronized String tail(int lines) {
    StringBuilder sb = new StringBuilder();
    int skip = Math.max(0, tail.size() - lines);
    int i = 0;
    for (LogWindow.Line line : tail) {
      if (i++ >= skip) {
        sb.append(line.text()).append('\n');
      }
    }
    if (partial.length() > 0) {
      sb.append(secrets.mask(partial.toString())).append('\n');
    }
    return sb.toString();
  }

  /**
   * Closes the file once the log stream has ended (for at most {@link #END_WAIT}): call it after
   * the container is removed.
   */
  @Override
  public void close() {
    if (following) {
      try {
        ended.await(END_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    closeFile();
  }

  /** Closes the file now: the stream's end will not come (the engine went away). */
  void abandon() {
    closeFile();
  }

  private synchronized void closeFile() {
    flushPartial();
    try {
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      // Nothing more to do with a log we cannot close.
    }
  }
}
