package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.settings.PropertyNames;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every property is listed once in the library's PropertyNames, every parameter's property comes
 * from it, and each is in the README's tables: they cannot drift.
 */
class PropertyNamesTest {
  private static List<String> names() throws IllegalAccessException {
    List<String> out = new ArrayList<>();
    for (Field f : PropertyNames.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        f.setAccessible(true);
        out.add((String) f.get(null));
      }
    }
    return out;
  }

  @Test
  void everyPropertyIsInTheReadme() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(names())
        .isNotEmpty()
        .allSatisfy(name -> assertThat(readme).as(name).contains("`" + name + "`"));
  }

  @Test
  void everyPropertyIsNamedPactDotAreaDotName() throws Exception {
    assertThat(names())
        .doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name).matches("pact(\\.[a-z][A-Za-z]*)+"));
  }

  @Test
  void everyParameterPropertyComesFromPropertyNames() throws Exception {
    // The generated plugin descriptor: @Parameter is not kept at run time, the descriptor is what
    // Maven reads.
    String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\$\\{(pact\\.[A-Za-z.]+)}").matcher(descriptor);
    java.util.Set<String> used = new java.util.TreeSet<>();
    while (m.find()) {
      used.add(m.group(1));
    }
    assertThat(used).contains("pact.skip", "pact.shards", "pact.matrix.images");
    assertThat(names()).containsAll(used);
  }
}
