package io.pactcontainers.matching;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON equality as the reference verifiers judge it: an integer and a number written with a
 * fraction or exponent are different values ({@code 1} is not {@code 1.0}: serde_json in the Rust
 * verifier and pact-jvm's JsonValue.Integer/Decimal both fail that), while {@code 1.0}, {@code
 * 1.00} and {@code 1e0} are the same number.
 */
final class JsonEquality {
  private JsonEquality() {}

  static boolean equal(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.isIntegralNumber() == b.isIntegralNumber()
          && a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      var it = a.fieldNames();
      while (it.hasNext()) {
        String k = it.next();
        if (!b.has(k) || !equal(a.get(k), b.get(k))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
