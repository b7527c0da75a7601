package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documentation and the help cannot drift apart: docs/command-line.md shows every sub-command's
 * help as the command prints it, and the README's command-line section names every sub-command and
 * links that page (as the plugin's PluginDocumentationTest keeps the README's goal tables in step
 * with the plugin's descriptor).
 */
class DocumentationTest {
  static final Path HELP_PAGE = Path.of("../docs/command-line.md");

  /** The sub-commands, in the order the top-level help lists them. */
  private static List<String> commands() {
    return new ArrayList<>(Commands.line("test").getSubcommands().keySet());
  }

  /** The page as the commands print their help today. */
  static String helpPage() {
    StringBuilder page =
        new StringBuilder(
            "# The command line's help\n\n"
                + "What `pact-testcontainers <command> --help` prints, for every command (kept in"
                + " step with the\ncommands by `DocumentationTest`). How to install and use it:"
                + " the README's\n[command-line section](../README.md#without-maven-the-command-line)."
                + "\n\n");
    page.append("## `pact-testcontainers --help`\n\n```\n")
        .append(Cli.run("--help").out())
        .append("```\n");
    for (String command : commands()) {
      page.append("\n## `pact-testcontainers ")
          .append(command)
          .append(" --help`\n\n```\n")
          .append(Cli.run(command, "--help").out())
          .append("```\n");
    }
    return page.toString();
  }

  @Test
  void theHelpPageShowsEveryCommandsHelpAsItIsPrinted() throws Exception {
    String expected = helpPage();
    String page = Files.exists(HELP_PAGE) ? Files.readString(HELP_PAGE) : "";
    if (!page.equals(expected)) {
      Path fresh = Path.of("target/command-line.md");
      Files.writeString(fresh, expected);
      assertThat(page)
          .as(
              "docs/command-line.md differs from the commands' help: copy "
                  + fresh.toAbsolutePath()
                  + " over it")
          .isEqualTo(expected);
    }
  }

  @Test
  void theReadmesCommandLineSectionNamesEveryCommandAndLinksTheHelpPage() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("## Without Maven: the command line");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));

    assertThat(section).contains("(docs/command-line.md)");
    for (String command : commands()) {
      assertThat(section)
          .as("the README's command-line section names " + command)
          .contains("`" + command + "`");
    }
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
