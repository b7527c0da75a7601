package io.pactcontainers.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass read gives what the two-pass read gives, pact or fault, for every kind of file. */
class OnePassReadTest {
  private final PactReader reader = new PactReader();

  private static final String HTTP =
      "{\"description\":\"d\",\"providerStates\":[{\"name\":\"s\",\"params\":{\"id\":7,\"n\":1.0}}],"
          + "\"request\":{\"method\":\"POST\",\"path\":\"/x\",\"body\":{\"a\":[1,2.50,\"\\u00e9\"]}},"
          + "\"response\":{\"status\":200,\"headers\":[],\"body\":{\"content\":{\"b\":true},\"contentType\":\"application/json\"},"
          + "\"matchingRules\":{\"body\":{\"$.b\":{\"matchers\":[{\"match\":\"regex\",\"regex\":\"t.*\"}]}}}}}";
  private static final String TYPED =
      "{\"type\":\"Synchronous/HTTP\",\"description\":\"t\",\"request\":{\"method\":\"GET\",\"path\":\"/t\"},"
          + "\"response\":{\"status\":200,\"body\":{\"content\":\"aGk=\",\"contentType\":\"application/octet-stream\",\"encoded\":\"base64\"}}}";
  private static final String PARTIES =
      "\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"}";

  private static String meta(String version) {
    return "\"metadata\":{\"pactSpecification\":{\"version\":\"" + version + "\"}}";
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{" + PARTIES + ",\"interactions\":[" + HTTP + "," + HTTP + "]," + "META3" + "}",
        "{" + "META3" + "," + PARTIES + ",\"interactions\":[" + HTTP + "]}",
        "{" + PARTIES + ",\"interactions\":[" + HTTP + "]," + "META4" + "}",
        "{" + "META4" + "," + PARTIES + ",\"interactions\":[" + HTTP + "]}",
        "{" + PARTIES + ",\"interactions\":[" + TYPED + "]," + "META4" + "}",
        "{" + PARTIES + ",\"interactions\":[" + TYPED + "," + HTTP + "]}",
        "{" + PARTIES + ",\"interactions\":[" + HTTP + "]}",
        "{" + PARTIES + ",\"interactions\":[]," + "META3" + "}",
        "{"
            + PARTIES
            + ",\"messages\":[{\"description\":\"m\",\"contents\":{\"x\":1}}],"
            + "META3"
            + "}",
        "{" + PARTIES + ",\"interactions\":[" + HTTP + "],\"messages\":[]," + "META3" + "}",
        "{" + PARTIES + ",\"interactions\":[" + HTTP + "],\"interactions\":[]," + "META3" + "}",
        "{" + PARTIES + ",\"interactions\":[" + HTTP + "],\"interactions\":{}," + "META3" + "}",
        "{" + PARTIES + ",\"interactions\":{}," + "META3" + "}",
        "{" + PARTIES + "," + "META3" + "}",
        "{\"consumer\":{},\"provider\":{\"name\":\"p\"},\"interactions\":[" + HTTP + "]}",
        "{"
            + PARTIES
            + ",\"interactions\":[{\"description\":\"d\",\"request\":{},\"response\":{"
            + "\"matchingRules\":{\"body\":{\"$\":{\"matchers\":[{\"match\":\"regex\",\"regex\":\"(\"}]}}}}}]}",
        "{" + PARTIES + ",\"interactions\":[" + HTTP + ",{\"request\":{}}]," + "META3" + "}",
        "{"
            + PARTIES
            + ",\"interactions\":["
            + HTTP
            + "],\"metadata\":{\"pactSpecification\":{\"version\":\"9\"}}}",
        "{" + PARTIES + ",\"interactions\":[" + HTTP + "]," + "META3",
        "[" + "{" + PARTIES + ",\"interactions\":[]}" + "]",
      })
  void readsEachFileAsTheTwoPassReadDoes(String template) {
    String json = template.replace("META3", meta("3.0.0")).replace("META4", meta("4.0"));
    assertSameRead(json.getBytes(StandardCharsets.UTF_8), "mem");
  }

  @Test
  void readsAWellFormedPactInOnePassWhereverItsMetadataIs() {
    OnePassRead onePass =
        new OnePassRead(
            reader,
            io.pactcontainers.json.JsonMappers.limitedFactory(JsonLimits.DEFAULT.maxBytes()));
    for (String json :
        new String[] {
          "{" + PARTIES + ",\"interactions\":[" + HTTP + "]," + meta("3.0.0") + "}",
          "{" + meta("2.0.0") + "," + PARTIES + ",\"interactions\":[" + HTTP + "]}",
          "{" + PARTIES + ",\"interactions\":[" + TYPED + "]," + meta("4.0") + "}",
          "{" + PARTIES + ",\"interactions\":[" + HTTP + "]}"
        }) {
      assertThat(onePass.read(json.getBytes(StandardCharsets.UTF_8), 0, "mem"))
          .as(json)
          .isPresent();
    }
  }

  @Test
  void readsThePactsOfThisRepositoryAsTheTwoPassReadDoes() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(Path.of("").toAbsolutePath().getParent())) {
      files =
          all.filter(f -> f.toString().endsWith(".json"))
              .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/."))
              .toList();
    }
    int pacts = 0;
    for (Path f : files) {
      byte[] json = Files.readAllBytes(f);
      if (new String(json, StandardCharsets.UTF_8).contains("\"consumer\"")) {
        assertSameRead(json, f.toString());
        pacts++;
      }
    }
    assertThat(pacts).isGreaterThan(10);
  }

  private void assertSameRead(byte[] json, String location) {
    Object once = readOrFault(() -> reader.read(json, location));
    Object twice = readOrFault(() -> reader.readInTwoPasses(json, 0, location));
    assertThat(once).as(location).usingRecursiveComparison().isEqualTo(twice);
  }

  private static Object readOrFault(java.util.function.Supplier<Pact> read) {
    Throwable fault = catchThrowable(read::get);
    if (fault != null) {
      return fault.getClass().getName() + ": " + fault.getMessage();
    }
    return read.get();
  }
}
