package io.pactcontainers.model;

import io.pactcontainers.PactContainersException;

/**
 * A pact file that cannot be read: names the file, the interaction (when the fault is inside one)
 * and the JSON path at fault.
 */
public final class PactFormatException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final String interaction;
  private final String jsonPath;
  private final String problem;

  public PactFormatException(String location, String interaction, String jsonPath, String problem) {
    this(location, interaction, jsonPath, problem, null);
  }

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

  public String location() {
    return location;
  }

  /** The interaction label ({@code #2 "description"}), or null when the fault is outside them. */
  public String interaction() {
    return interaction;
  }

  public String jsonPath() {
    return jsonPath;
  }

  public String problem() {
    return problem;
  }
}
