package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's parameter tables and the plugin's descriptor (which the help goal prints and the
 * documentation site renders) cannot drift: every parameter of every goal has a row in the README
 * with the same property and default.
 */
class PluginDocumentationTest {
  private static final Pattern MOJO = Pattern.compile("<mojo>(.*?)</mojo>", Pattern.DOTALL);
  private static final Pattern PARAMETER =
      Pattern.compile("<parameter>(.*?)</parameter>", Pattern.DOTALL);

  /** A parameter as the descriptor has it. */
  private record Parameter(String goal, String name, String property, String defaultValue) {}

  private static List<Parameter> parameters() throws Exception {
    String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
    List<Parameter> out = new ArrayList<>();
    Matcher mojo = MOJO.matcher(descriptor);
    while (mojo.find()) {
      String m = mojo.group(1);
      String goal = tag(m, "goal");
      if (goal.equals("help")) {
        continue; // Maven's own help goal, the same in every plugin
      }
      String configuration = m.substring(m.indexOf("<configuration>"));
      Matcher p = PARAMETER.matcher(m.substring(0, m.indexOf("<configuration>")));
      while (p.find()) {
        String name = tag(p.group(1), "name");
        if (!tag(p.group(1), "editable").equals("true")) {
          continue;
        }
        Matcher c =
            Pattern.compile(
                    "<"
                        + name
                        + " implementation=\"[^\"]*\"(?: default-value=\"([^\"]*)\")?>\\$\\{([^}]*)}")
                .matcher(configuration);
        out.add(
            c.find()
                ? new Parameter(goal, name, c.group(2), c.group(1))
                : new Parameter(goal, name, null, null));
      }
    }
    return out;
  }

  private static String tag(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
    return m.find() ? m.group(1) : "";
  }

  /** The README's rows of parameter tables: those whose header is "parameter | property". */
  private static List<String> readmeRows() throws Exception {
    List<String> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(Path.of("../README.md"))) {
      if (line.startsWith("| parameter | property |")) {
        inTable = true;
      } else if (!line.startsWith("|")) {
        inTable = false;
      } else if (inTable) {
        rows.add(line);
      }
    }
    return rows;
  }

  @Test
  void everyParameterOfEveryGoalHasAReadmeRowWithItsPropertyAndDefault() throws Exception {
    List<String> rows = readmeRows();
    List<Parameter> parameters = parameters();
    assertThat(parameters).extracting(Parameter::goal).contains("verify", "can-i-deploy");
    assertThat(parameters)
        .allSatisfy(
            p -> {
              // A name two goals share (branch) may have a row per goal: one must match.
              List<String[]> named =
                  rows.stream()
                      .map(r -> r.split("\\|"))
                      .filter(cells -> cells[1].contains("`" + p.name() + "`"))
                      .toList();
              assertThat(named).as("README row for <%s> of %s", p.name(), p.goal()).isNotEmpty();
              assertThat(named)
                  .as(
                      "README row for <%s> of %s with property %s and default %s",
                      p.name(), p.goal(), p.property(), p.defaultValue())
                  .anySatisfy(
                      cells -> {
                        if (p.property() != null) {
                          assertThat(cells[2]).contains("`" + p.property() + "`");
                        }
                        if (p.defaultValue() != null) {
                          assertThat(cells[3]).contains(p.defaultValue());
                        }
                      });
            });
  }
}
