package io.pactcontainers.junit5;

import io.pactcontainers.message.MessageMethodException;
import io.pactcontainers.message.MessageMethods;
import io.pactcontainers.message.MessageProvider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The test class's {@link MessageProvider} methods (found as JUnit finds its own: inherited, an
 * overridden one once) handed to the library's {@link MessageMethods}, which holds the rule of what
 * they take and return; the session calls them on the thread that verifies: the dynamic test's own.
 */
final class MessageProviderMethods {
  private MessageProviderMethods() {}

  /** Whether the class has any, which lets it do without a provider for message pacts. */
  static boolean present(Class<?> testClass) {
    return !find(testClass).isEmpty();
  }

  /**
   * The class's methods, or none.
   *
   * @param testClass the test class, its superclasses searched too
   * @param instance the test instance the instance methods are called on; null when there is none
   */
  static Optional<MessageMethods> of(Class<?> testClass, Object instance) {
    List<Method> methods = find(testClass);
    if (methods.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MessageMethods.ofMethods(methods, instance, List.of(testClass.getName())));
    } catch (MessageMethodException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e);
    }
  }

  private static List<Method> find(Class<?> testClass) {
    return ReflectionSupport.findMethods(
        testClass,
        m -> AnnotationSupport.isAnnotated(m, MessageProvider.class),
        HierarchyTraversalMode.TOP_DOWN);
  }
}
