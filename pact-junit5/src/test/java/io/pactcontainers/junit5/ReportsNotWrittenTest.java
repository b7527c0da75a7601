package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.junit5.subjects.UnwritableReportsPactTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reports that cannot be written fail the class, said as every front end says it. */
class ReportsNotWrittenTest {
  @Test
  void aClassWhoseReportsCannotBeWrittenFailsSayingWhereAndWhatToDo() throws Exception {
    Path file = Path.of("target/pact-subjects/a-file");
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    Files.writeString(file, "a file where the output folder should be");
    try {
      Throwable failure = ClassFailures.of(UnwritableReportsPactTest.class);

      assertThat(failure.getMessage())
          .contains("2 passed")
          .contains(" could not be written to " + file.resolve("out/reports"))
          .endsWith(
              " (nothing half-written is left); free space there or make it writable, or set"
                  + " @PactProviderTest(outputDirectory) elsewhere, and run again");
    } finally {
      Files.delete(file);
    }
  }
}
