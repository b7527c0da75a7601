package io.pactcontainers.message;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that produces the message of the message interactions with this description, as
 * the application would publish it: the verifier calls it instead of asking an HTTP message
 * endpoint, and matches what it returns with the pact's message. pact-jvm's
 * {@code @PactVerifyProvider} ports to it by an import change.
 *
 * <p>The method may take nothing, the provider states' params ({@code Map<String, Object>}, every
 * state's params merged in the pact's order), the whole {@link MessageRequest}, or the request
 * {@link io.pactcontainers.model.Message} of a synchronous message, in any order. It returns the
 * message's body (a {@code String}, a {@code byte[]}, a Jackson {@code JsonNode} or any object,
 * written as JSON) or a {@link MessageAndMetadata} (the body and its metadata). Static methods are
 * called without an instance. The JUnit 5 extension finds these methods in the test class; the
 * Maven plugin in the classes {@code <messageProviders>} names.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MessageProvider {
  /**
   * The description of the interactions whose message the method produces, as the pact writes it.
   *
   * @return the description ("an order was placed")
   */
  String value();
}
