package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A generator: how a value in the request is to be produced at verification time. */
public sealed interface Generator {

  String type();

  /**
   * Replaces the value with one taken from what the provider state setup returned.
   *
   * @param expression a {@code ${name}} template or a plain key
   * @param dataType STRING, INTEGER, DECIMAL, FLOAT, BOOLEAN or RAW
   */
  record FromProviderState(String expression, String dataType) implements Generator {
    public FromProviderState {
      requireNonNull(expression, "expression");
      dataType = dataType == null ? "RAW" : dataType;
    }

    public String type() {
      return "ProviderState";
    }
  }

  /** Rewrites the mock server URL in the example to the URL of the provider being verified. */
  record MockServerUrl(String example, String regex) implements Generator {
    public MockServerUrl {
      requireNonNull(example, "example");
      requireNonNull(regex, "regex");
    }

    public String type() {
      return "MockServerURL";
    }
  }

  /** Any other generator (RandomInt, Uuid, Date...), kept with its attributes. */
  record Other(String type, Map<String, Object> attributes) implements Generator {
    public Other {
      requireNonNull(type, "type");
      attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
  }
}
