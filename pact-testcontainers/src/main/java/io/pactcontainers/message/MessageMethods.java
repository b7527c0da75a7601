package io.pactcontainers.message;

import io.pactcontainers.model.Message;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link MessageProvider} methods as a {@link MessageSource}: the one rule, for every front end, of
 * which method answers which description, what it is given and what its answer means. The JUnit 5
 * extension hands it the test class's methods, the Maven plugin the instances of the classes its
 * {@code <messageProviders>} names. A second method for one description is an error when they are
 * read; a description no method answers is an error naming the classes searched, when asked.
 */
public final class MessageMethods implements MessageSource {
  private final Map<String, MessageMethod> byDescription;
  private final List<String> searched;

  private MessageMethods(Map<String, MessageMethod> byDescription, List<String> searched) {
    this.byDescription = byDescription;
    this.searched = List.copyOf(searched);
  }

  /**
   * The annotated methods of these objects' classes and their superclasses (static ones too), a
   * subclass's method over the one it overrides.
   *
   * @param instances the objects whose methods are called
   * @return the methods, each checked
   * @throws MessageMethodException naming a method that cannot be used, or two for one description
   */
  public static MessageMethods ofInstances(List<?> instances) {
    Map<String, MessageMethod> found = new LinkedHashMap<>();
    List<String> searched = new ArrayList<>();
    for (Object instance : instances) {
      searched.add(instance.getClass().getName());
      Set<String> signatures = new LinkedHashSet<>();
      for (Class<?> c = instance.getClass();
          c != null && c != Object.class;
          c = c.getSuperclass()) {
        for (Method m : c.getDeclaredMethods()) {
          if (m.isAnnotationPresent(MessageProvider.class) && signatures.add(signature(m))) {
            add(found, m, instance);
          }
        }
      }
    }
    return new MessageMethods(found, searched);
  }

  /**
   * These methods, already found (the JUnit 5 extension finds them as JUnit finds its own).
   *
   * @param methods methods annotated {@link MessageProvider}
   * @param instance what the instance methods are called on; null when there is none
   * @param searched the classes searched, by name, for the error of a description none answers
   * @return the methods, each checked
   * @throws MessageMethodException naming a method that cannot be used, or two for one description
   */
  public static MessageMethods ofMethods(
      Collection<Method> methods, Object instance, List<String> searched) {
    Map<String, MessageMethod> found = new LinkedHashMap<>();
    for (Method m : methods) {
      add(found, m, instance);
    }
    return new MessageMethods(found, searched);
  }

  private static void add(Map<String, MessageMethod> found, Method m, Object instance) {
    String description = m.getAnnotation(MessageProvider.class).value();
    MessageMethod method = MessageMethod.checked(m, instance);
    MessageMethod other = found.putIfAbsent(description, method);
    if (other != null) {
      throw new MessageMethodException(
          "Two @MessageProvider methods produce the message \""
              + description
              + "\": "
              + other.name()
              + " and "
              + method.name()
              + "; keep one");
    }
  }

  private static String signature(Method m) {
    return m.getName() + java.util.Arrays.toString(m.getParameterTypes());
  }

  /**
   * Whether no method was found.
   *
   * @return true when there is none
   */
  public boolean isEmpty() {
    return byDescription.isEmpty();
  }

  /**
   * The descriptions the methods answer.
   *
   * @return them, in the order found
   */
  public Set<String> descriptions() {
    return byDescription.keySet();
  }

  @Override
  public java.util.Optional<String> producedBy(String description) {
    return java.util.Optional.ofNullable(byDescription.get(description))
        .map(m -> "the @MessageProvider method " + m.name());
  }

  @Override
  public boolean answers(String description) {
    return byDescription.containsKey(description);
  }

  /**
   * The message of the method for the request's description.
   *
   * @throws MessageMethodException when no method answers it (naming the classes searched), or the
   *     method threw or returned no message
   */
  @Override
  public Message produce(MessageRequest request) {
    MessageMethod method = byDescription.get(request.description());
    if (method == null) {
      throw new MessageMethodException(
          "No @MessageProvider method produces the message \""
              + request.description()
              + "\" (searched "
              + (searched.isEmpty() ? "no class" : String.join(", ", searched))
              + "); add a method annotated @MessageProvider(\""
              + request.description()
              + "\") that returns the message");
    }
    return method.call(request);
  }
}
