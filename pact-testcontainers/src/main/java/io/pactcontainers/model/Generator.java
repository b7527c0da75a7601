package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A generator: how a value in the request is to be produced at verification time. */
public sealed interface Generator {

  /**
   * The generator's type as the pact names it.
   *
   * @return "ProviderState", "MockServerURL", "RandomInt"...
   */
  String type();

  /**
   * Replaces the value with one taken from what the provider state setup returned.
   *
   * @param expression a {@code ${name}} template or a plain key
   * @param dataType STRING, INTEGER, DECIMAL, FLOAT, BOOLEAN or RAW
   */
  record FromProviderState(String expression, String dataType) implements Generator {
    /**
     * Checks the components.
     *
     * @param expression a {@code ${name}} template or a plain key
     * @param dataType STRING, INTEGER, DECIMAL, FLOAT, BOOLEAN or RAW
     */
    public FromProviderState {
      requireNonNull(expression, "expression");
      dataType = dataType == null ? "RAW" : dataType;
    }

    public String type() {
      return "ProviderState";
    }
  }

  /**
   * Rewrites the mock server URL in the example to the URL of the provider being verified.
   *
   * @param example the value as the consumer's test saw it
   * @param regex the part of it that is the mock server's URL
   */
  record MockServerUrl(String example, String regex) implements Generator {
    /**
     * Checks the components.
     *
     * @param example the value as the consumer's test saw it
     * @param regex the part of it that is the mock server's URL
     */
    public MockServerUrl {
      requireNonNull(example, "example");
      requireNonNull(regex, "regex");
    }

    public String type() {
      return "MockServerURL";
    }
  }

  /**
   * Any other generator (RandomInt, Uuid, Date...), kept with its attributes.
   *
   * @param type the generator's type as the pact names it
   * @param attributes its other attributes
   */
  record Other(String type, Map<String, Object> attributes) implements Generator {
    /**
     * Checks the components.
     *
     * @param type the generator's type as the pact names it
     * @param attributes its other attributes
     */
    public Other {
      requireNonNull(type, "type");
      attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
  }
}
