package io.pactcontainers.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The provider under test: a static field holding a Testcontainers container. The extension starts
 * it when it is not running yet (and stops it after the class), or takes it as the user's own
 * {@code @Container} started it; requests go to its first exposed port.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ProviderContainer {}
