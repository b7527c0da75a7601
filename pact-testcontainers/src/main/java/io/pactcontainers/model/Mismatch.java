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
}
