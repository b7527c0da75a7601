package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command that gives a header's value: its trimmed output, or an error that says why not. */
class HeaderCommandTest {
  @TempDir Path dir;

  @Test
  void theValueIsTheTrimmedOutputOfTheCommandRunInTheGivenFolder() throws Exception {
    Files.writeString(
        dir.resolve("mint.sh"), "printf '  Bearer %s\\n\\n' \"$(basename \"$PWD\")\"\n");
    assertThat(HeaderCommand.run("Authorization", "sh mint.sh", dir, Duration.ofSeconds(10)))
        .isEqualTo("Bearer " + dir.getFileName());
  }

  @Test
  void aFailingCommandNamesTheHeaderItsStatusAndTheEndOfItsErrorOutput() {
    assertThatThrownBy(
            () ->
                HeaderCommand.run(
                    "Authorization",
                    "echo partial; echo 'vault: permission denied' >&2; exit 3",
                    dir,
                    Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(
            HeaderCommandException.class,
            e -> {
              assertThat(e.header()).isEqualTo("Authorization");
              assertThat(e.problem()).isEqualTo("exited with status 3");
              assertThat(e.stderrTail()).isEqualTo("vault: permission denied");
            })
        .hasMessage(
            "The command for header Authorization (echo partial; echo 'vault: permission denied'"
                + " >&2; exit 3) exited with status 3; its error output ends: vault: permission"
                + " denied; run it in a shell to see why, or give the value instead");
  }

  @Test
  void aCommandThatPrintsNothingIsAnErrorNotAnEmptyHeader() {
    assertThatThrownBy(() -> HeaderCommand.run("X-Api-Key", "true", dir, Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(
            HeaderCommandException.class,
            e -> assertThat(e.problem()).isEqualTo("exited with status 0 but printed nothing"));
  }

  @Test
  void aCommandThatHangsIsStoppedAtItsTimeout() {
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> HeaderCommand.run("X-Api-Key", "sleep 30", dir, Duration.ofSeconds(1)))
        .isInstanceOfSatisfying(
            HeaderCommandException.class,
            e -> assertThat(e.problem()).isEqualTo("did not finish within 1 s"));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aFailingCommandMasksTheValuesInterpolatedIntoItInTheCommandAndItsErrorOutput() {
    // As Maven hands it over: ${env.VAULT_TOKEN} already replaced by its value.
    assertThatThrownBy(
            () ->
                HeaderCommand.run(
                    "Authorization",
                    "echo \"token hvs.Secr3tV4ult rejected\" >&2; exit 2",
                    io.pactcontainers.Secrets.of(java.util.List.of("hvs.Secr3tV4ult")),
                    dir,
                    Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(
            HeaderCommandException.class,
            e -> {
              assertThat(e.stderrTail()).isEqualTo("token **** rejected");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "The command for header Authorization (echo \"token **** rejected\" >&2;"
                          + " exit 2) exited with status 2; its error output ends: token ****"
                          + " rejected; run it in a shell to see why, or give the value instead");
            });
  }
}
