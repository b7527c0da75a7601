package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README and the help cannot drift apart: the README shows the help as the command prints it.
 */
class DocumentationTest {
  @Test
  void theReadmeShowsVerifysHelpAsItIsPrinted() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String help = Cli.run("verify", "--help").out();

    assertThat(readme)
        .as("README.md's <details> of verify --help: paste the output of verify --help there")
        .contains("```\n" + help + "```\n");
  }

  @Test
  void everyOptionSaysItsEnvironmentVariableInTheHelp() {
    String help = Cli.run("verify", "--help").out().replaceAll("\\s+", " ");

    for (Option o : VerifyOptions.ALL) {
      if (o.names().isEmpty()) {
        continue; // only in the environment and the file: the README's scheme names them
      }
      o.variable().ifPresent(v -> assertThat(help).contains("Env: " + v + "."));
    }
  }
}
