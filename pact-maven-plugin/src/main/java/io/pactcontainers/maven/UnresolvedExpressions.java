package io.pactcontainers.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a configuration value that still holds {@code ${...}} after Maven's interpolation: Maven
 * leaves an unset property or environment variable as it was written, and sending {@code Bearer
 * ${env.API_TOKEN}} to a provider or a Broker only produces a puzzling answer (a 500 with a stack
 * trace, in one trial). Every value of the goal's own configuration types is checked, by
 * reflection, so that a new parameter is covered without being listed here; but for commands
 * ({@code <command>} of a header, the provider or a sidecar), where {@code ${NAME}} is the shell's
 * own syntax, run by a shell that expands it.
 */
final class UnresolvedExpressions {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

  private UnresolvedExpressions() {}

  /** Throws for the first value with an unresolved expression, naming its element. */
  static void check(Object goal) throws ConfigurationException {
    for (Class<?> c = goal.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      if (!c.getPackageName().equals(UnresolvedExpressions.class.getPackageName())) {
        continue;
      }
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          value(read(f, goal), "<" + f.getName() + ">");
        }
      }
    }
  }

  private static void value(Object value, String element) throws ConfigurationException {
    if (value instanceof String s) {
      Matcher m = EXPRESSION.matcher(s);
      if (m.find()) {
        throw new ConfigurationException(
            element
                + " holds "
                + m.group()
                + ", which Maven left as written: "
                + hint(m.group(1))
                + "; it is never sent as it is");
      }
    } else if (value instanceof File f) {
      value(f.getPath(), element);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        value(list.get(i), element + itemName(list.get(i), i));
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        value(e.getValue(), element + "<" + e.getKey() + ">");
      }
    } else if (value != null
        && value.getClass().getPackageName().equals(UnresolvedExpressions.class.getPackageName())) {
      for (Field f : value.getClass().getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !f.getName().equals("command")) {
          value(read(f, value), element + "<" + f.getName() + ">");
        }
      }
    }
  }

  /** An item of a list of elements, named by its {@code <name>} where it has one. */
  private static String itemName(Object item, int index) {
    if (item instanceof HeaderConfiguration h && h.name != null && !h.name.contains("${")) {
      return "[" + h.name.trim() + "]";
    }
    return "[" + (index + 1) + "]";
  }

  private static String hint(String expression) {
    if (expression.startsWith("env.")) {
      return "the environment variable " + expression.substring(4) + " is not set; export it";
    }
    return "the property " + expression + " is not set; give it with -D" + expression + "=...";
  }

  private static Object read(Field f, Object owner) {
    try {
      f.setAccessible(true);
      return f.get(owner);
    } catch (IllegalAccessException | RuntimeException e) {
      return null; // not ours to read: nothing of the POM's in it
    }
  }
}
