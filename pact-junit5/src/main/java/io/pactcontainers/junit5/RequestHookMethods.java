package io.pactcontainers.junit5;

import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.verify.RequestHook;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The test class's {@link BeforeRequest} methods as the library's {@link RequestHook}s, called by
 * the session on the thread that verifies the interaction: the dynamic test's own.
 */
final class RequestHookMethods implements RequestHook {
  private final Method method;
  private final Object instance;

  private RequestHookMethods(Method method, Object instance) {
    this.method = method;
    this.instance = instance;
  }

  /**
   * The class's hooks, superclasses' first, each checked before anything runs.
   *
   * @param testClass the test class
   * @param instance the instance the instance methods are called on; null when there is none
   */
  static List<RequestHook> of(Class<?> testClass, Object instance) {
    return ReflectionSupport.findMethods(
            testClass,
            m -> AnnotationSupport.isAnnotated(m, BeforeRequest.class),
            HierarchyTraversalMode.TOP_DOWN)
        .stream()
        .map(m -> checked(m, instance))
        .map(m -> (RequestHook) new RequestHookMethods(m, instance))
        .toList();
  }

  private static Method checked(Method m, Object instance) {
    String name = describe(m);
    for (Class<?> type : m.getParameterTypes()) {
      if (type != Interaction.class && type != HttpRequest.class && type != String.class) {
        throw new ExtensionConfigurationException(
            name
                + " takes a "
                + type.getSimpleName()
                + "; it may take the Interaction, the HttpRequest and the consumer's name (String)");
      }
    }
    if (m.getReturnType() != void.class && m.getReturnType() != HttpRequest.class) {
      throw new ExtensionConfigurationException(
          name
              + " returns a "
              + m.getReturnType().getSimpleName()
              + "; return the HttpRequest to"
              + " send, or nothing");
    }
    if (!Modifier.isStatic(m.getModifiers()) && instance == null) {
      throw new ExtensionConfigurationException(
          name + " is not static and there is no test instance to call it on; make it static");
    }
    m.setAccessible(true);
    return m;
  }

  private static String describe(Method m) {
    return "@BeforeRequest " + m.getDeclaringClass().getSimpleName() + "." + m.getName();
  }

  @Override
  public HttpRequest beforeRequest(String consumer, Interaction interaction, HttpRequest request)
      throws Exception {
    Class<?>[] types = method.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] =
          types[i] == Interaction.class
              ? interaction
              : types[i] == HttpRequest.class ? request : consumer;
    }
    Object result;
    try {
      result = method.invoke(Modifier.isStatic(method.getModifiers()) ? null : instance, args);
    } catch (InvocationTargetException e) {
      // The method's own exception, for the library to name the method with it.
      throw e.getCause() instanceof Exception cause ? cause : new RuntimeException(e.getCause());
    }
    return method.getReturnType() == void.class ? request : (HttpRequest) result;
  }

  @Override
  public String describedAs() {
    return "the " + describe(method) + " method";
  }
}
