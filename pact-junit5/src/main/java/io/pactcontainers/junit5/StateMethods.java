package io.pactcontainers.junit5;

import io.pactcontainers.state.StateChange;
import io.pactcontainers.state.StateHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The test class's {@link State} methods as the library's {@link StateHandler}: the verifier calls
 * them as it would a provider's state endpoint (params in, values out, teardown after), on the
 * thread that verifies the interaction, which is the dynamic test's own. A method that throws errs
 * its interaction, the library's message naming the state and the method.
 */
final class StateMethods implements StateHandler {
  private final Map<String, Method> setUp = new LinkedHashMap<>();
  private final Map<String, Method> tearDown = new LinkedHashMap<>();
  private final Object instance;
  private final Consumer<String> warn;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  private StateMethods(Class<?> testClass, Object instance, Consumer<String> warn) {
    this.instance = instance;
    this.warn = warn;
    // The subclass first: its method for a state wins over an inherited one.
    for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        State s = m.getAnnotation(State.class);
        if (s == null) {
          continue;
        }
        m.setAccessible(true);
        for (String name : s.value()) {
          (s.action() == State.Action.SETUP ? setUp : tearDown).putIfAbsent(name, m);
        }
      }
    }
  }

  /**
   * The class's state methods, or none when it has none.
   *
   * @param testClass the test class, its superclasses searched too
   * @param instance the test instance the instance methods are called on; null when there is none
   * @param warn told of a state no method sets up, once per state
   */
  static Optional<StateMethods> of(Class<?> testClass, Object instance, Consumer<String> warn) {
    StateMethods methods = new StateMethods(testClass, instance, warn);
    return methods.setUp.isEmpty() && methods.tearDown.isEmpty()
        ? Optional.empty()
        : Optional.of(methods);
  }

  @Override
  public Map<String, Object> change(StateChange change) throws Exception {
    boolean teardown = change.action() == StateChange.Action.TEARDOWN;
    Method m = (teardown ? tearDown : setUp).get(change.state());
    if (m == null) {
      if (!teardown && !change.state().isEmpty() && warned.add(change.state())) {
        warn.accept("No @State method sets up provider state \"" + change.state() + "\"");
      }
      return Map.of();
    }
    // A copy the method may change, as it could the params it got over HTTP before.
    Object[] args =
        m.getParameterCount() == 1
            ? new Object[] {new LinkedHashMap<>(change.params())}
            : new Object[0];
    Object result;
    try {
      result = m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instance, args);
    } catch (InvocationTargetException e) {
      // The method's own exception, for the library to name the state and the method with it.
      throw e.getCause() instanceof Exception cause ? cause : new StateMethodException(e);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "it cannot be called: it may take one Map<String, Object> (the params) or nothing ("
              + e.getMessage()
              + ")",
          e);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = result instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    return values == null ? Map.of() : values;
  }

  /** "the test class's @State method OrdersTest.placed", or empty when none handles it. */
  @Override
  public Optional<String> handledBy(StateChange change) {
    return Optional.ofNullable(
            (change.action() == StateChange.Action.TEARDOWN ? tearDown : setUp).get(change.state()))
        .map(
            m ->
                "the test class's @State method "
                    + m.getDeclaringClass().getSimpleName()
                    + "."
                    + m.getName());
  }

  /** A state method that threw an {@link Error}: said as such, not as the run's end. */
  private static final class StateMethodException extends Exception {
    private static final long serialVersionUID = 1L;

    StateMethodException(InvocationTargetException e) {
      super(e.getCause().toString(), e.getCause());
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
