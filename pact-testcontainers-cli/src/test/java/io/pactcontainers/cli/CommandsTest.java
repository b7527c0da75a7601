package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The grammar is made for the command a run names, and whole wherever all of it is shown. */
class CommandsTest {
  @Test
  void aRunMakesOnlyTheCommandItNames() {
    assertThat(Commands.line("test", "verify").getSubcommands()).containsOnlyKeys("verify");
    assertThat(Commands.line("test", "can-i-deploy").getSubcommands())
        .containsOnlyKeys("can-i-deploy");
  }

  @Test
  void helpVersionAndUnknownNamesGetEveryCommand() {
    int all = Commands.line("test").getSubcommands().size();

    assertThat(all).isGreaterThan(10);
    for (String first : new String[] {"--help", "--version", "verfy", "generate-completion"}) {
      assertThat(Commands.line("test", first).getSubcommands()).as(first).hasSize(all);
    }
    assertThat(Commands.line("test", null).getSubcommands()).hasSize(all);
  }

  @Test
  void aMistypedCommandIsSaidWithWhereTheCommandsAreListed() {
    Cli cli = Cli.run("verfy", "-d", "pacts");

    assertThat(cli.status()).isEqualTo(2);
    assertThat(cli.err())
        .isEqualTo(
            "ERROR: Unmatched arguments from index 0: 'verfy', '-d', 'pacts'\n"
                + "Run 'pact-testcontainers --help' for the options.\n");
  }
}
