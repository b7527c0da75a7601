package io.pactcontainers.model;

import io.pactcontainers.PactContainersException;

/**
 * A pact file that cannot be read: names the file, the interaction (when the fault is inside one)
 * and the JSON path at fault.
 */
public final class PactFormatException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /** The file or URL. */
  private final String location;

  /** The interaction's label, or null. */
  private final String interaction;

  /** The JSON path at fault. */
  private final String jsonPath;

  /** What is wrong there. */
  private final String problem;

  /**
   * @param location the pact's file or URL
   * @param interaction the interaction's label ({@code #2 "description"}), or null outside them
   * @param jsonPath the JSON path at fault ({@code $.interactions[1].response.status})
   * @param problem what is wrong there
   */
  public PactFormatException(String location, String interaction, String jsonPath, String problem) {
    this(location, interaction, jsonPath, problem, null);
  }

  /**
   * @param location the pact's file or URL
   * @param interaction the interaction's label, or null outside them
   * @param jsonPath the JSON path at fault
   * @param problem what is wrong there
   * @param cause the parser's error behind it
   */
  public PactFormatException(
      String location, String interaction, String jsonPath, String problem, Throwable cause) {
    this(location, interaction, jsonPath, problem, cause, false);
  }

  private PactFormatException(
      String location,
      String interaction,
      String jsonPath,
      String problem,
      Throwable cause,
      boolean unsupported) {
    super(format(location, interaction, jsonPath, problem, unsupported), cause);
    this.location = location;
    this.interaction = interaction;
    this.jsonPath = jsonPath;
    this.problem = problem;
  }

  /**
   * A valid pact that this verifier cannot verify (it needs a Pact plugin): said as unsupported,
   * not invalid, and {@code problem} says what to do instead of "fix the pact".
   *
   * @param location the pact's file or URL
   * @param interaction the interaction's label, or null outside them
   * @param jsonPath the JSON path of what cannot be verified
   * @param problem what cannot be verified, and what to do
   * @return the exception
   */
  public static PactFormatException unsupported(
      String location, String interaction, String jsonPath, String problem) {
    return new PactFormatException(location, interaction, jsonPath, problem, null, true);
  }

  private static String format(
      String location, String interaction, String jsonPath, String problem, boolean unsupported) {
    StringBuilder sb =
        new StringBuilder(unsupported ? "Unsupported pact file " : "Invalid pact file ")
            .append(location);
    if (interaction != null) {
      sb.append(", interaction ").append(interaction);
    }
    sb.append(", at ").append(jsonPath).append(": ").append(problem);
    if (!unsupported) {
      sb.append("; fix the pact (or ask its consumer to publish a valid one)");
    }
    return sb.toString();
  }

  /**
   * The pact's file or URL.
   *
   * @return the location
   */
  public String location() {
    return location;
  }

  /**
   * The interaction label ({@code #2 "description"}), or null when the fault is outside them.
   *
   * @return the label, or null
   */
  public String interaction() {
    return interaction;
  }

  /**
   * The JSON path at fault.
   *
   * @return the path
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * What is wrong at the path.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
