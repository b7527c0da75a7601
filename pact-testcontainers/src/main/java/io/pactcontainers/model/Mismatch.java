package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

/**
 * One way the actual response or message differs from the expected one. Every case carries the path
 * at fault, what was expected, what was found, and a sentence a person can act on.
 */
public sealed interface Mismatch {

  /**
   * Where: {@code status}, a header name, or a body path such as {@code $.items[2].price}.
   *
   * @return the path at fault
   */
  String path();

  /**
   * What the pact expects, as shown to the user.
   *
   * @return the expected value
   */
  String expected();

  /**
   * What the provider gave, as shown to the user.
   *
   * @return the actual value
   */
  String actual();

  /**
   * The sentence shown to the user: {@code $.items[2].price: expected a decimal, found "9.99" (a
   * string)}.
   *
   * @return the sentence
   */
  String message();

  /**
   * The heading the mismatch is grouped under (the wording the Pact implementations share).
   *
   * @return the heading
   */
  String category();

  /**
   * Whether the actual value is absent (a key the answer does not have), as opposed to present and
   * different; an absent value is no empty string.
   *
   * @return true for a missing key
   */
  default boolean missing() {
    return false;
  }

  /**
   * The status differs.
   *
   * <p>* @param expected what the pact expects, as shown
   *
   * @param actual what was found, as shown
   * @param message the sentence shown to the user
   */
  record StatusMismatch(String expected, String actual, String message) implements Mismatch {
    /**
     * Checks the components.
     *
     * @param expected what the pact expects, as shown
     * @param actual what was found, as shown
     * @param message the sentence shown to the user
     */
    public StatusMismatch {
      requireNonNull(message, "message");
    }

    /** {@inheritDoc} */
    @Override
    public String path() {
      return "status";
    }

    /** {@inheritDoc} */
    @Override
    public String category() {
      return "Response status did not match";
    }
  }

  /**
   * A header differs or is missing.
   *
   * @param path the header's name
   * @param expected what the pact expects, as shown
   * @param actual what was found, as shown
   * @param message the sentence shown to the user
   */
  record HeaderMismatch(String path, String expected, String actual, String message)
      implements Mismatch {
    /**
     * Checks the components.
     *
     * @param path the header's name
     * @param expected what the pact expects, as shown
     * @param actual what was found, as shown
     * @param message the sentence shown to the user
     */
    public HeaderMismatch {
      requireNonNull(message, "message");
    }

    /** {@inheritDoc} */
    @Override
    public String category() {
      return "Headers had differences";
    }
  }

  /**
   * A value in the body differs, is missing or is unexpected.
   *
   * @param path the body path ({@code $.items[2].price})
   * @param expected what the pact expects, as shown
   * @param actual what was found, as shown
   * @param message the sentence shown to the user
   */
  record BodyMismatch(String path, String expected, String actual, String message)
      implements Mismatch {
    /**
     * Checks the components.
     *
     * @param path the body path ({@code $.items[2].price})
     * @param expected what the pact expects, as shown
     * @param actual what was found, as shown
     * @param message the sentence shown to the user
     */
    public BodyMismatch {
      requireNonNull(message, "message");
    }

    /** {@inheritDoc} */
    @Override
    public String category() {
      return "Body had differences";
    }
  }

  /**
   * The body is of another content type than expected.
   *
   * <p>* @param expected what the pact expects, as shown
   *
   * @param actual what was found, as shown
   * @param message the sentence shown to the user
   */
  record BodyTypeMismatch(String expected, String actual, String message) implements Mismatch {
    /**
     * Checks the components.
     *
     * @param expected what the pact expects, as shown
     * @param actual what was found, as shown
     * @param message the sentence shown to the user
     */
    public BodyTypeMismatch {
      requireNonNull(message, "message");
    }

    /** {@inheritDoc} */
    @Override
    public String path() {
      return "$";
    }

    /** {@inheritDoc} */
    @Override
    public String category() {
      return "Body had differences";
    }
  }

  /**
   * A message's metadata value differs or is missing.
   *
   * @param path the metadata key
   * @param expected what the pact expects, as shown
   * @param actual what was found, as shown
   * @param message the sentence shown to the user
   */
  record MetadataMismatch(String path, String expected, String actual, String message)
      implements Mismatch {
    /**
     * Checks the components.
     *
     * @param path the metadata key
     * @param expected what the pact expects, as shown
     * @param actual what was found, as shown
     * @param message the sentence shown to the user
     */
    public MetadataMismatch {
      requireNonNull(message, "message");
    }

    /** {@inheritDoc} */
    @Override
    public String category() {
      return "Metadata had differences";
    }
  }

  /**
   * A key the expected body has and the answer does not. The objects that hold it are kept, so that
   * a reader sees the key that is there instead (a {@code title} where {@code name} was expected).
   *
   * @param path where the key was expected ({@code $.name})
   * @param expected the expected value, as text
   * @param message the mismatch in words
   * @param expectedObject the expected object holding the key, as JSON text
   * @param actualObject the actual object without it, as JSON text
   * @param objectPath where the object holding the key is ({@code $})
   * @param key the key
   */
  record MissingKey(
      String path,
      String expected,
      String message,
      String expectedObject,
      String actualObject,
      String objectPath,
      String key)
      implements Mismatch {
    /**
     * Checks the components.
     *
     * @param path where the key was expected
     * @param expected the expected value, as text
     * @param message the mismatch in words
     * @param expectedObject the expected object holding the key, as JSON text
     * @param actualObject the actual object without it, as JSON text
     * @param objectPath where the object holding the key is
     * @param key the key
     */
    public MissingKey {
      requireNonNull(message, "message");
    }

    /** Absent: an empty text for those who print it; {@link #missing()} says it is absent. */
    @Override
    public String actual() {
      return "";
    }

    @Override
    public boolean missing() {
      return true;
    }

    @Override
    public String category() {
      return "Body had differences";
    }
  }
}
