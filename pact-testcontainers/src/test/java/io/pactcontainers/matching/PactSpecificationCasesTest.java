package io.pactcontainers.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.model.PactSpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the Pact specification's own matching cases: one test per case file, asserting that our
 * verdict equals the case's {@code match}. The folder comes from {@code -Dpact.spec.cases}.
 */
class PactSpecificationCasesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final PactReader reader = new PactReader();
  private final ResponseMatcher responses = new ResponseMatcher();
  private final MessageMatcher messages = new MessageMatcher();

  static Path casesDir() {
    return Paths.get(System.getProperty("pact.spec.cases", "../../shared/pact-spec-cases"))
        .toAbsolutePath()
        .normalize();
  }

  @TestFactory
  Stream<DynamicTest> everyCaseGetsTheSpecifiedVerdict() throws IOException {
    Path root = casesDir();
    assertThat(root).as("pact.spec.cases folder").isDirectory();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).as("case files under " + root).isNotEmpty();
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    root.relativize(f).toString(), f.toUri(), () -> run(root, f)));
  }

  private void run(Path root, Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonNode testCase = MAPPER.readTree(text);
    Path relative = root.relativize(file);
    PactSpecVersion version = versionOf(relative);
    String kind = kindOf(relative);
    boolean expectedVerdict = testCase.get("match").asBoolean();
    String expected = testCase.get("expected").toString();
    String actual = testCase.get("actual").toString();
    List<Mismatch> mismatches =
        switch (kind) {
          case "response" ->
              responses.match(
                  reader.readResponse(expected, version, file + " expected"),
                  reader.readResponse(actual, version, file + " actual"));
          case "message" ->
              messages.match(
                  reader.readMessage(expected, version, file + " expected"),
                  reader.readMessage(actual, version, file + " actual"));
          default ->
              throw new AssertionError("unsupported kind of case: " + kind + " in " + relative);
        };
    assertThat(mismatches.isEmpty())
        .as(
            "%s (%s): expected match=%s; mismatches: %s",
            relative,
            testCase.path("comment").asText(),
            expectedVerdict,
            mismatches.stream().map(Mismatch::message).toList())
        .isEqualTo(expectedVerdict);
  }

  private static PactSpecVersion versionOf(Path relative) {
    for (Path part : relative) {
      String p = part.toString();
      if (p.matches("[vV]\\d+(\\.\\d+)*")) {
        return PactSpecVersion.parse(p).orElseThrow();
      }
    }
    throw new AssertionError("no version folder (v1, v2...) in " + relative);
  }

  private static String kindOf(Path relative) {
    for (Path part : relative) {
      String p = part.toString();
      if (p.equals("response") || p.equals("message") || p.equals("request")) {
        return p;
      }
    }
    throw new AssertionError("no response/message folder in " + relative);
  }
}
