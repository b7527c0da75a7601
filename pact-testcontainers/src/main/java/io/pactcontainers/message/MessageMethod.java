package io.pactcontainers.message;

import io.pactcontainers.model.Message;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;

/**
 * One {@link MessageProvider} method, checked when it is found (before anything runs) and called
 * with the arguments its parameters ask for.
 */
final class MessageMethod {
  private final Method method;
  private final Object instance;

  private MessageMethod(Method method, Object instance) {
    this.method = method;
    this.instance = instance;
  }

  /**
   * The method, checked: what it takes, what it returns, what it is called on.
   *
   * @param method a method annotated {@link MessageProvider}
   * @param instance what an instance method is called on; null when there is none
   */
  static MessageMethod checked(Method method, Object instance) {
    String name = "@MessageProvider " + name(method);
    for (Class<?> type : method.getParameterTypes()) {
      if (!type.isAssignableFrom(LinkedHashMap.class)
          && type != MessageRequest.class
          && type != Message.class) {
        throw new MessageMethodException(
            name
                + " takes a "
                + type.getSimpleName()
                + "; it may take the states' params (Map<String, Object>), the MessageRequest and"
                + " the request Message of a synchronous message, or nothing");
      }
    }
    if (method.getReturnType() == void.class) {
      throw new MessageMethodException(
          name
              + " returns nothing; return the message's body (a String, a byte[], an object"
              + " written as JSON) or a MessageAndMetadata");
    }
    boolean isStatic = Modifier.isStatic(method.getModifiers());
    if (!isStatic && instance == null) {
      throw new MessageMethodException(
          name + " is not static and there is no instance to call it on; make it static");
    }
    try {
      method.setAccessible(true);
    } catch (RuntimeException e) {
      throw new MessageMethodException(
          name + " cannot be called (" + e.getMessage() + "); make it and its class public", e);
    }
    return new MessageMethod(method, isStatic ? null : instance);
  }

  /** "OrderMessages.placed", as messages name a method. */
  static String name(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName();
  }

  String name() {
    return name(method);
  }

  /**
   * The message the method produces for the request.
   *
   * @throws MessageMethodException when it throws, returns null or what is not a message
   */
  Message call(MessageRequest request) {
    Class<?>[] types = method.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = argument(types[i], request);
    }
    Object returned;
    try {
      returned = method.invoke(instance, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new MessageMethodException(
          "The @MessageProvider method " + name() + " threw " + cause, cause);
    } catch (IllegalAccessException e) {
      throw new MessageMethodException(
          "The @MessageProvider method " + name() + " cannot be called: " + e.getMessage(), e);
    }
    return ReturnedMessage.of(returned, "The @MessageProvider method " + name());
  }

  private static Object argument(Class<?> type, MessageRequest request) {
    if (type == MessageRequest.class) {
      return request;
    }
    if (type == Message.class) {
      // An asynchronous message has no request: null, as a method written for both may check.
      return request.request().orElse(null);
    }
    // A copy the method may change, as a @State method's params.
    return new LinkedHashMap<>(request.params());
  }
}
