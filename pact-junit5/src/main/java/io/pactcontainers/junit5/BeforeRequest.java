package io.pactcontainers.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method of the test class run just before each interaction's request is sent, on the dynamic
 * test's own thread (its mocks, thread-locals and Spring test context are there): pact-jvm's
 * {@code @TestTemplate} with {@code request.addHeader(...)}, or its {@code @BeforeEach} that set a
 * mock, written once. It may take, in any order, the {@link io.pactcontainers.model.Interaction},
 * the {@link io.pactcontainers.model.HttpRequest} and the consumer's name ({@code String}); it
 * returns the request to send ({@code request.withHeader("Authorization", "Bearer " + token)}) or
 * nothing (the request unchanged). It runs after the configured headers and before the request
 * filters; message interactions have no request and do not call it. A method that throws errs its
 * interaction, naming the method.
 *
 * <p>JUnit's own {@code @BeforeEach} runs once before the {@code @TestFactory} method, not before
 * each interaction: what must run per interaction goes here (or in a {@link State} method).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BeforeRequest {}
