package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate-completion's script, sourced in a real bash, completes the commands and options. */
class CompletionTest {
  @TempDir Path dir;

  private String complete(Path script, String line) throws Exception {
    String words = line.endsWith(" ") ? line + "''" : line;
    String program =
        "source "
            + script
            + " 2>/dev/null\n"
            + "COMP_WORDS=("
            + words
            + ")\n"
            + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
            + "COMP_LINE='"
            + line
            + "'\nCOMP_POINT=${#COMP_LINE}\n"
            + "_complete_pact-testcontainers 2>/dev/null\n"
            + "echo \"${COMPREPLY[@]}\"\n";
    Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(bash.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  void theScriptCompletesEveryCommandAndTheirOptions() throws Exception {
    Cli cli = Cli.run("generate-completion");
    assertThat(cli.status()).isZero();
    Path script = dir.resolve("pact-testcontainers_completion");
    Files.writeString(script, cli.out());

    assertThat(complete(script, "pact-testcontainers ").split(" "))
        .containsExactly(
            "verify",
            "matrix",
            "record-deployment",
            "record-release",
            "record-undeployment",
            "record-support-ended",
            "can-i-deploy",
            "create-version-tag",
            "create-or-update-version",
            "create-environment",
            "update-environment",
            "delete-environment",
            "list-environments",
            "describe-environment",
            "create-or-update-pacticipant",
            "describe-pacticipant",
            "describe-version",
            "generate-completion");
    assertThat(complete(script, "pact-testcontainers can-i-deploy --to-e"))
        .isEqualTo("--to-environment");
    assertThat(complete(script, "pact-testcontainers verify --filter-n"))
        .isEqualTo("--filter-no-state");
  }
}
