package io.pactcontainers.maven;

import io.pactcontainers.Placeholders;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Finds a configuration value whose {@code ${...}} Maven could not resolve, with the library's rule
 * ({@link Placeholders}): Maven leaves {@code Bearer ${env.API_TOKEN}} as written when the variable
 * is unset, and turns a whole value {@code ${env.API_TOKEN}} into nothing (null, or empty), which
 * would send an empty header or environment value. The first is seen in the values the goal got;
 * the second only by comparing them with the text the POM gave, which the execution's configuration
 * keeps. Every value of the goal's own configuration types is checked, by reflection, so that a new
 * parameter is covered without being listed here; but for commands ({@code <command>} of a header,
 * the provider or a sidecar), where {@code ${NAME}} is the shell's own syntax, run by a shell that
 * expands it.
 */
final class UnresolvedExpressions {
  private UnresolvedExpressions() {}

  /**
   * Throws for the first value with an unresolved expression, naming its element.
   *
   * @param settings the goal's parameters as read ({@link VerifyParameters}, the matrix's own),
   *     each component named as its element
   * @param execution its execution, whose configuration holds the POM's text; null when unknown
   */
  static void check(List<Object> settings, MojoExecution execution) throws ConfigurationException {
    try {
      for (Object s : settings) {
        for (Field f : ownFields(s.getClass())) {
          value(read(f, s), "<" + f.getName() + ">");
        }
      }
      Xpp3Dom pom = execution == null ? null : execution.getConfiguration();
      if (pom == null) {
        return;
      }
      Set<String> own = descriptorExpressions(execution);
      for (Xpp3Dom element : pom.getChildren()) {
        for (Object s : settings) {
          Field f = ownField(s.getClass(), element.getName());
          if (f != null && !own.contains(element.getValue())) {
            raw(element, read(f, s), "<" + element.getName() + ">");
            break;
          }
        }
      }
    } catch (Placeholders.UnsetVariableException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  /** What Maven does when the variable is unset, in its terms. */
  private static String remedy(String expression) {
    if (expression.startsWith("env.")) {
      return "export " + expression.substring(4) + " or remove the element";
    }
    return "give it with -D" + expression + "=... or remove the element";
  }

  private static void value(Object value, String element) {
    if (value instanceof String s) {
      Placeholders.requireResolved(element, null, s, UnresolvedExpressions::remedy);
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
    } else if (ours(value)) {
      for (Field f : value.getClass().getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !f.getName().equals("command")) {
          value(read(f, value), element + "<" + f.getName() + ">");
        }
      }
    }
  }

  /**
   * The POM's text of an element against what the goal got for it: a whole {@code ${...}} that
   * became nothing is an unset variable.
   */
  private static void raw(Xpp3Dom pom, Object resolved, String element) {
    if (pom.getChildCount() == 0) {
      if (resolved == null || resolved instanceof String || resolved instanceof File) {
        String text = resolved instanceof File f ? f.getPath() : (String) resolved;
        Placeholders.requireResolved(element, pom.getValue(), text, UnresolvedExpressions::remedy);
      }
      return;
    }
    Xpp3Dom[] children = pom.getChildren();
    if (resolved instanceof Map<?, ?> map) {
      for (Xpp3Dom child : children) {
        raw(child, map.get(child.getName()), element + "<" + child.getName() + ">");
      }
    } else if (resolved instanceof List<?> list) {
      for (int i = 0; i < children.length; i++) {
        Object item = i < list.size() ? list.get(i) : null;
        raw(children[i], item, element + itemName(item, i));
      }
    } else if (ours(resolved)) {
      for (Xpp3Dom child : children) {
        Field f = declaredField(resolved.getClass(), child.getName());
        if (f != null && !f.getName().equals("command")) {
          raw(child, read(f, resolved), element + "<" + child.getName() + ">");
        }
      }
    }
  }

  /**
   * The expressions the plugin's descriptor puts where the POM gives nothing ({@code
   * ${pact.providerBranch}}): not the user's, and resolving to nothing when the property is not
   * given is how a default comes in.
   */
  private static Set<String> descriptorExpressions(MojoExecution execution) {
    if (execution.getMojoDescriptor() == null
        || execution.getMojoDescriptor().getParameters() == null) {
      return Set.of();
    }
    return execution.getMojoDescriptor().getParameters().stream()
        .map(Parameter::getExpression)
        .filter(e -> e != null)
        .collect(Collectors.toSet());
  }

  /** An item of a list of elements, named by its {@code <name>} where it has one. */
  private static String itemName(Object item, int index) {
    if (item instanceof HeaderConfiguration h && h.name != null && !h.name.contains("${")) {
      return "[" + h.name.trim() + "]";
    }
    return "[" + (index + 1) + "]";
  }

  private static boolean ours(Object value) {
    return value != null
        && value.getClass().getPackageName().equals(UnresolvedExpressions.class.getPackageName());
  }

  /**
   * The instance fields declared in this package (a record's components; a class's and its bases').
   */
  private static List<Field> ownFields(Class<?> goal) {
    List<Field> out = new java.util.ArrayList<>();
    for (Class<?> c = goal; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.getPackageName().equals(UnresolvedExpressions.class.getPackageName())) {
        for (Field f : c.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers())) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  private static Field ownField(Class<?> goal, String name) {
    return ownFields(goal).stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
  }

  private static Field declaredField(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      return Modifier.isStatic(f.getModifiers()) ? null : f;
    } catch (NoSuchFieldException e) {
      return null;
    }
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
