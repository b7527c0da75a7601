package io.pactcontainers.cli;

import io.pactcontainers.Secrets;
import java.io.PrintStream;

/**
 * {@code --verbose}: each setting given, its value and where it came from, secrets masked (a secret
 * setting's value is never shown, the others' with the secrets they hold masked).
 */
final class Verbose {
  private Verbose() {}

  static void print(Layers layers, Secrets secrets, PrintStream out) {
    out.println(
        "Settings (the option wins, then the environment, then the file, then the default):");
    for (Given g : layers.all()) {
      String name = g.option().longName().orElse(g.option().key());
      String text = Layers.text(g.value());
      String value =
          g.option().secret() ? Secrets.MASK : text.isEmpty() ? "\"\"" : secrets.mask(text);
      String from =
          switch (g.origin()) {
            case OPTION -> "option";
            case ENVIRONMENT -> "environment " + g.where();
            case FILE -> "file: " + g.where();
            case DEFAULT -> "default";
          };
      out.println("  " + name + " = " + value + "  (" + from + ")");
    }
  }
}
