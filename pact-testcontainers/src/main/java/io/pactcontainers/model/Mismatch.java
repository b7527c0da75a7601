package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

/**
 * One way the actual response or message differs from the expected one. Every case carries the path
 * at fault, what was expected, what was found, and a sentence a person can act on.
 */
public sealed interface Mismatch {

  /** Where: {@code status}, a header name, or a body path such as {@code $.items[2].price}. */
  String path();

  String expected();

  String actual();

  /**
   * The sentence shown to the user: {@code $.items[2].price: expected a decimal, found "9.99" (a
   * string)}.
   */
  String message();

  /** The heading the mismatch is grouped under (the wording the Pact implementations share). */
  String category();

  record StatusMismatch(String expected, String actual, String message) implements Mismatch {
    public StatusMismatch {
      requireNonNull(message, "message");
    }

    public String path() {
      return "status";
    }

    public String category() {
      return "Response status did not match";
    }
  }

  record HeaderMismatch(String path, String expected, String actual, String message)
      implements Mismatch {
    public HeaderMismatch {
      requireNonNull(message, "message");
    }

    public String category() {
      return "Headers had differences";
    }
  }

  record BodyMismatch(String path, String expected, String actual, String message)
      implements Mismatch {
    public BodyMismatch {
      requireNonNull(message, "message");
    }

    public String category() {
      return "Body had differences";
    }
  }

  record BodyTypeMismatch(String expected, String actual, String message) implements Mismatch {
    public BodyTypeMismatch {
      requireNonNull(message, "message");
    }

    public String path() {
      return "$";
    }

    public String category() {
      return "Body had differences";
    }
  }

  record MetadataMismatch(String path, String expected, String actual, String message)
      implements Mismatch {
    public MetadataMismatch {
      requireNonNull(message, "message");
    }

    public String category() {
      return "Metadata had differences";
    }
  }
}
