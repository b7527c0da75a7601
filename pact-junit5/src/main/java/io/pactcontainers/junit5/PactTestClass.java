package io.pactcontainers.junit5;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.testcontainers.containers.GenericContainer;

/**
 * What a {@link PactProviderTest} class declares, found as JUnit finds its own members: the
 * annotation on the class or a superclass, or on the class a {@code @Nested} class sits in; the
 * {@link ProviderContainer} field or the {@link ProviderUrl} member in it or its superclasses. A
 * class that declares them wrongly is told how to declare them, before anything starts.
 *
 * @param type the class that carries {@link PactProviderTest} (the run's owner)
 * @param settings its annotation
 * @param container the {@link ProviderContainer} field, static, of a Testcontainers type
 * @param url the {@link ProviderUrl} field or method, when there is no container; neither when the
 *     class verifies only messages, from its {@code @MessageProvider} methods
 */
record PactTestClass(
    Class<?> type, PactProviderTest settings, Optional<Field> container, Optional<Member> url) {

  /**
   * The class that carries the annotation: this one (or a superclass), else the class a nested
   * class sits in.
   */
  static Optional<Class<?>> owner(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = enclosing(c)) {
      if (AnnotationSupport.isAnnotated(c, PactProviderTest.class)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static Class<?> enclosing(Class<?> c) {
    return ModifierSupport.isStatic(c) ? null : c.getEnclosingClass();
  }

  /** The owner's declarations, checked. */
  static PactTestClass of(Class<?> testClass) {
    Class<?> type =
        owner(testClass)
            .orElseThrow(
                () ->
                    new ExtensionConfigurationException(
                        testClass.getName()
                            + " is run by PactVerificationExtension but has no @PactProviderTest;"
                            + " annotate the class with @PactProviderTest(provider = \"...\")"
                            + " instead of @ExtendWith"));
    PactProviderTest settings =
        AnnotationSupport.findAnnotation(type, PactProviderTest.class).orElseThrow();
    List<Field> containers =
        ReflectionSupport.findFields(
            type,
            f -> AnnotationSupport.isAnnotated(f, ProviderContainer.class),
            HierarchyTraversalMode.TOP_DOWN);
    List<Member> urls = new ArrayList<>();
    urls.addAll(
        ReflectionSupport.findFields(
            type,
            f -> AnnotationSupport.isAnnotated(f, ProviderUrl.class),
            HierarchyTraversalMode.TOP_DOWN));
    urls.addAll(
        ReflectionSupport.findMethods(
            type,
            m -> AnnotationSupport.isAnnotated(m, ProviderUrl.class),
            HierarchyTraversalMode.TOP_DOWN));
    if (containers.size() + urls.size() > 1) {
      throw new ExtensionConfigurationException(
          type.getName()
              + " declares "
              + names(containers, urls)
              + ": give it one provider, a @ProviderContainer or a @ProviderUrl");
    }
    if (containers.isEmpty() && urls.isEmpty() && !MessageProviderMethods.present(type)) {
      throw new ExtensionConfigurationException(
          type.getName()
              + " has no provider: give it a static @ProviderContainer field (a Testcontainers"
              + " container) or a @ProviderUrl field or method (a class whose pacts hold only"
              + " messages may instead have a @MessageProvider method for each)");
    }
    containers.forEach(PactTestClass::checkContainer);
    return new PactTestClass(
        type, settings, containers.stream().findFirst(), urls.stream().findFirst());
  }

  /** A member as messages name it: "GrillChefPactTest.chef". */
  static String name(Member m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName();
  }

  private static void checkContainer(Field f) {
    String name = name(f);
    if (!GenericContainer.class.isAssignableFrom(f.getType())) {
      throw new ExtensionConfigurationException(
          "@ProviderContainer "
              + name
              + " is a "
              + f.getType().getSimpleName()
              + ", not a Testcontainers container; declare it as a GenericContainer<?>");
    }
    if (!ModifierSupport.isStatic(f)) {
      throw new ExtensionConfigurationException(
          "@ProviderContainer "
              + name
              + " is not static; declare it static: one container serves all the class's"
              + " interactions");
    }
  }

  private static String names(List<Field> containers, List<Member> urls) {
    List<String> all = new ArrayList<>();
    containers.forEach(f -> all.add("@ProviderContainer " + name(f)));
    urls.forEach(m -> all.add("@ProviderUrl " + name(m)));
    return String.join(" and ", all);
  }

  /** The container the field holds. */
  GenericContainer<?> containerValue() {
    Field f = container.orElseThrow();
    Object value = ReflectionSupport.tryToReadFieldValue(f, null).toOptional().orElse(null);
    if (value == null) {
      throw new ExtensionConfigurationException(
          "@ProviderContainer "
              + name(f)
              + " is null; assign it the container (new GenericContainer<>(\"image\")"
              + ".withExposedPorts(port))");
    }
    return (GenericContainer<?>) value;
  }

  /** The URL the member gives, read from the instance when it is not static. */
  URI urlValue(Optional<Object> instance) {
    Member m = url.orElseThrow();
    boolean isStatic = Modifier.isStatic(m.getModifiers());
    if (!isStatic && instance.isEmpty()) {
      throw new ExtensionConfigurationException(
          "@ProviderUrl " + name(m) + " is not static and there is no test instance to read");
    }
    Object target = isStatic ? null : instance.get();
    Object value =
        m instanceof Method method
            ? ReflectionSupport.invokeMethod(method, target)
            : ReflectionSupport.tryToReadFieldValue((Field) m, target).toOptional().orElse(null);
    if (value instanceof URI u) {
      return u;
    }
    if (value instanceof String s && !s.isBlank()) {
      return URI.create(s.trim());
    }
    throw new ExtensionConfigurationException(
        "@ProviderUrl "
            + name(m)
            + " gave "
            + value
            + ": give the provider's URL as a String or URI");
  }
}
