package io.pactcontainers.junit5;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * A header's value from a static method of the test class ({@link PactProviderTest.Header#method()}
 * ): what pact-jvm teams mint in Java, without a static initializer setting a system property.
 */
final class HeaderMethods {
  private HeaderMethods() {}

  /** The values of the headers a method gives, by the header's name, each method called once. */
  static java.util.Map<String, String> values(
      Class<?> testClass, PactProviderTest.Header[] headers) {
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    for (PactProviderTest.Header h : headers) {
      if (!h.method().isEmpty()) {
        values.put(h.name(), value(testClass, h));
      }
    }
    return values;
  }

  /** The method's value; an error naming the attribute and the method when it cannot give one. */
  static String value(Class<?> testClass, PactProviderTest.Header h) {
    String setting = AnnotationNames.INSTANCE.header(h.name()) + ".method";
    if (!h.value().isEmpty() || !h.command().isBlank()) {
      throw ExtensionErrors.withCause(
          setting + " gives the value; leave value and command out", null);
    }
    List<Method> found =
        testClass == null
            ? List.of()
            : ReflectionSupport.findMethods(
                testClass,
                m ->
                    m.getName().equals(h.method())
                        && m.getParameterCount() == 0
                        && Modifier.isStatic(m.getModifiers()),
                HierarchyTraversalMode.BOTTOM_UP);
    if (found.isEmpty()) {
      throw ExtensionErrors.withCause(
          setting
              + " names "
              + h.method()
              + ", which is no static method without parameters of "
              + (testClass == null ? "the test class" : testClass.getSimpleName())
              + "; declare static String "
              + h.method()
              + "()",
          null);
    }
    Object value;
    try {
      value = ReflectionSupport.invokeMethod(found.get(0), null);
    } catch (RuntimeException e) {
      throw ExtensionErrors.withCause(setting + " " + h.method() + "() threw " + e, e);
    }
    if (!(value instanceof String s) || s.isBlank()) {
      throw ExtensionErrors.withCause(
          setting + " " + h.method() + "() gave " + value + "; return the header's value", null);
    }
    return s;
  }
}
