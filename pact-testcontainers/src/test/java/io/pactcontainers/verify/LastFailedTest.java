package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The previous run's report, and what is refused as not being one of this provider's. */
class LastFailedTest {
  private static final String REPORT =
      "{\"provider\":\"grill\",\"pacts\":[{\"consumer\":\"web\",\"interactions\":["
          + "{\"description\":\"good\",\"providerStates\":[],\"outcome\":\"passed\"},"
          + "{\"description\":\"broken\",\"providerStates\":[\"open\"],\"outcome\":\"failed\"}]}]}";

  @TempDir Path dir;

  private Path report(String text) throws Exception {
    return Files.writeString(dir.resolve("grill.json"), text);
  }

  @Test
  void aReportOfThisProviderSelectsWhatDidNotPass() throws Exception {
    LastFailed last = LastFailed.read(report(REPORT), "grill");
    assertThat(last.labels()).containsExactly("web: \"broken\"");
  }

  @Test
  void anEmptyFileIsRefusedNamingIt() throws Exception {
    Path file = report(" \n");
    assertThatThrownBy(() -> LastFailed.read(file, "grill"))
        .isInstanceOf(LastFailed.Unreadable.class)
        .hasMessage(
            "the previous run's report is empty: "
                + file
                + "; run once without it to write this provider's report");
  }

  @Test
  void aFileThatIsNotJsonIsRefusedNamingIt() throws Exception {
    Path file = report("<html>not json</html>");
    assertThatThrownBy(() -> LastFailed.read(file, "grill"))
        .hasMessage(
            "the previous run's report is not JSON: "
                + file
                + "; run once without it to write this provider's report");
  }

  @Test
  void otherJsonIsRefusedAsNotAReport() throws Exception {
    for (String other :
        new String[] {
          "[]",
          "{}",
          "{\"pacts\":[]}",
          "{\"consumer\":{\"name\":\"web\"},\"provider\":{\"name\":\"grill\"},\"interactions\":[]}",
          "{\"provider\":\"grill\",\"pacts\":[{\"consumer\":\"web\",\"interactions\":[{}]}]}"
        }) {
      Path file = report(other);
      assertThatThrownBy(() -> LastFailed.read(file, "grill"))
          .as(other)
          .hasMessage(
              "the previous run's report is not a report of this verifier: "
                  + file
                  + "; run once without it to write this provider's report");
    }
  }

  @Test
  void anotherProvidersReportIsRefusedNamingBothProviders() throws Exception {
    Path file = report(REPORT);
    assertThatThrownBy(() -> LastFailed.read(file, "oven"))
        .hasMessage(
            "the previous run's report is of another provider, \"grill\", not \"oven\": "
                + file
                + "; run once without it to write this provider's report");
  }
}
