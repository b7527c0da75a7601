package io.pactcontainers.junit5;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A subject class run in a JVM of its own ({@code subjects.ForkedLauncher}): with another JUnit on
 * its class path, or another environment, than this test JVM's.
 *
 * @param output what it printed, standard error after standard output
 * @param exitCode its exit code
 * @param millis how long it took
 */
record ForkedRun(String output, int exitCode, long millis) {

  /** This JVM's class path, the entries changed by {@code classPath}. */
  static ForkedRun of(
      Class<?> subject,
      UnaryOperator<List<String>> classPath,
      UnaryOperator<java.util.Map<String, String>> env,
      long timeoutSeconds)
      throws IOException, InterruptedException {
    List<String> entries =
        classPath.apply(
            new ArrayList<>(
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator))));
    Path out = Files.createTempFile("forked-run", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                String.join(File.pathSeparator, entries),
                "io.pactcontainers.junit5.subjects.ForkedLauncher",
                subject.getName())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    env.apply(pb.environment());
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError(
          "The forked run took more than "
              + timeoutSeconds
              + " s; its output:\n"
              + Files.readString(out, StandardCharsets.UTF_8));
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    String output = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return new ForkedRun(output, p.exitValue(), millis);
  }

  /** The JUnit 5.12.2 jars the build copied (maven-dependency-plugin), instead of this JVM's. */
  static List<String> junit512(List<String> entries) {
    Path dir = Path.of(System.getProperty("pact.junit5.junit512", "target/junit-5.12"));
    List<String> changed = new ArrayList<>();
    entries.stream()
        .filter(e -> !e.contains("/org/junit/jupiter/") && !e.contains("/org/junit/platform/"))
        .forEach(changed::add);
    try (Stream<Path> jars = Files.list(dir)) {
      jars.map(Path::toString).filter(j -> j.endsWith(".jar")).sorted().forEach(changed::add);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "JUnit 5.12's jars are copied in pre-integration-test", e);
    }
    return changed;
  }
}
