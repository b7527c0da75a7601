package io.pactcontainers.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The provider under test, reached by URL: a field or method without parameters (static or of the
 * test instance) giving it as a {@code String} or {@code URI}; e.g. built from Spring Boot's
 * {@code @LocalServerPort}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ProviderUrl {}
