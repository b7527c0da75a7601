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
    super(format(location, interaction, jsonPath, problem), cause);
    this.location = location;
    this.interaction = interaction;
    this.jsonPath = jsonPath;
    this.problem = problem;
  }

  private static String format(
      String location, String interaction, String jsonPath, String problem) {
    StringBuilder sb = new StringBuilder("Invalid pact file ").append(location);
    if (interaction != null) {
      sb.append(", interaction ").append(interaction);
    }
    sb.append(", at ").append(jsonPath).append(": ").append(problem);
    sb.append("; fix the pact (or ask its consumer to publish a valid one)");
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
