package io.pactcontainers.junit5;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The test class's {@link State} methods behind a state endpoint of their own on this machine: the
 * verifier sets states up and tears them down through it exactly as through a provider's endpoint
 * (params in, values out, teardown after), so nothing of that logic is written twice.
 */
final class StateMethods implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, Method> setUp = new LinkedHashMap<>();
  private final Map<String, Method> tearDown = new LinkedHashMap<>();
  private final Object instance;
  private final Consumer<String> warn;
  private final java.util.Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private StateMethods(Class<?> testClass, Object instance, Consumer<String> warn)
      throws IOException {
    this.instance = instance;
    this.warn = warn;
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
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/state",
        exchange -> {
          byte[] reply;
          int status = 200;
          try {
            reply = JSON.writeValueAsBytes(call(JSON.readTree(exchange.getRequestBody())));
          } catch (StateMethodException e) {
            status = 500;
            reply = e.getMessage().getBytes(StandardCharsets.UTF_8);
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    server.start();
  }

  /** The class's state methods, or none when it has none. */
  static java.util.Optional<StateMethods> of(
      Class<?> testClass, Object instance, Consumer<String> warn) throws IOException {
    boolean any = false;
    for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        any |= m.isAnnotationPresent(State.class);
      }
    }
    return any
        ? java.util.Optional.of(new StateMethods(testClass, instance, warn))
        : java.util.Optional.empty();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/state");
  }

  private Object call(com.fasterxml.jackson.databind.JsonNode request) {
    String state = request.path("state").asText("");
    boolean teardown = "teardown".equals(request.path("action").asText());
    Method m = (teardown ? tearDown : setUp).get(state);
    if (m == null) {
      if (!teardown && !state.isEmpty() && warned.add(state)) {
        warn.accept("No @State method sets up provider state \"" + state + "\"");
      }
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> params = JSON.convertValue(request.path("params"), LinkedHashMap.class);
    List<Object> args = new ArrayList<>();
    if (m.getParameterCount() == 1) {
      args.add(params == null ? Map.of() : params);
    }
    try {
      Object result =
          m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instance, args.toArray());
      return result instanceof Map<?, ?> values ? values : Map.of();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new StateMethodException(
          "The @State method "
              + m.getDeclaringClass().getSimpleName()
              + "."
              + m.getName()
              + " threw "
              + cause);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new StateMethodException(
          "The @State method "
              + m.getName()
              + " cannot be called: it may take one Map<String, Object> (the params) or nothing ("
              + e.getMessage()
              + ")");
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** A state method that threw or cannot be called: the interaction errs with it. */
  private static final class StateMethodException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StateMethodException(String message) {
      super(message);
    }
  }
}
