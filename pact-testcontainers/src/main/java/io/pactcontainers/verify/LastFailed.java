package io.pactcontainers.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.PactContainersException;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.ProviderState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The interactions that did not pass (failed or errored, not sent included) in the previous run, as
 * its JSON report lists them: a run over only those is the quick loop while fixing a provider. An
 * interaction is known by its consumer, description and provider states, as a pact names it.
 *
 * @param report the JSON report read
 * @param keys the interactions that did not pass
 * @param labels the same, as the run lists them: {@code web: "get an order"}
 */
public record LastFailed(Path report, Set<String> keys, List<String> labels) {

  /**
   * Copies the collections.
   *
   * @param report the JSON report read
   * @param keys the interactions that did not pass
   * @param labels the same, in words
   */
  public LastFailed {
    keys = Set.copyOf(keys);
    labels = List.copyOf(labels);
  }

  /**
   * Reads the previous run's JSON report, refusing what is not one: an empty file, other JSON, or
   * the report of another provider would otherwise select nothing, or the wrong interactions,
   * without a word.
   *
   * @param report {@code <outputDirectory>/reports/<provider>.json}
   * @param provider the provider of this run, which the report must be of
   * @return what did not pass in it
   * @throws Unreadable when there is no such report, or it is not one of this provider's
   */
  public static LastFailed read(Path report, String provider) {
    String text;
    try {
      text = Files.readString(report);
    } catch (NoSuchFileException e) {
      throw new Unreadable(
          "there is no report of a previous run at "
              + report
              + " (the json report is written by every run that has json among its reports);"
              + " run once without it");
    } catch (IOException e) {
      throw new Unreadable(
          "the previous run's report cannot be read: " + report + " (" + e.getMessage() + ")");
    }
    if (text.isBlank()) {
      throw new Unreadable("the previous run's report is empty: " + report + "; " + RUN_AGAIN);
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new Unreadable("the previous run's report is not JSON: " + report + "; " + RUN_AGAIN);
    }
    if (!isReport(root)) {
      throw new Unreadable(
          "the previous run's report is not a report of this verifier: "
              + report
              + "; "
              + RUN_AGAIN);
    }
    String of = root.get("provider").asText();
    if (!of.equals(provider)) {
      throw new Unreadable(
          "the previous run's report is of another provider, \""
              + of
              + "\", not \""
              + provider
              + "\": "
              + report
              + "; "
              + RUN_AGAIN);
    }
    Set<String> keys = new LinkedHashSet<>();
    List<String> labels = new ArrayList<>();
    for (JsonNode pact : root.path("pacts")) {
      String consumer = pact.path("consumer").asText();
      for (JsonNode i : pact.path("interactions")) {
        if (!i.path("outcome").asText().equals("passed")) {
          List<String> states = new ArrayList<>();
          i.path("providerStates").forEach(s -> states.add(s.asText()));
          if (keys.add(key(consumer, i.path("description").asText(), states))) {
            labels.add(consumer + ": \"" + i.path("description").asText() + "\"");
          }
        }
      }
    }
    return new LastFailed(report, keys, labels);
  }

  private static final String RUN_AGAIN = "run once without it to write this provider's report";

  /**
   * Whether a JSON document is shaped as the JSON report writes it: a provider, and pacts of a
   * consumer each, whose interactions have a description and an outcome.
   */
  private static boolean isReport(JsonNode root) {
    if (!root.isObject() || !root.path("provider").isTextual() || !root.path("pacts").isArray()) {
      return false;
    }
    for (JsonNode pact : root.get("pacts")) {
      if (!pact.path("consumer").isTextual() || !pact.path("interactions").isArray()) {
        return false;
      }
      for (JsonNode i : pact.get("interactions")) {
        if (!i.path("description").isTextual() || !i.path("outcome").isTextual()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether an interaction did not pass last time.
   *
   * @param consumer the consumer of its pact
   * @param interaction the interaction
   * @return true when it is to be verified again
   */
  public boolean has(String consumer, Interaction interaction) {
    return keys.contains(
        key(
            consumer,
            interaction.description(),
            interaction.providerStates().stream().map(ProviderState::name).toList()));
  }

  private static String key(String consumer, String description, List<String> states) {
    return consumer + '\u0000' + description + '\u0000' + String.join("\u0000", states);
  }

  /** The previous run's report is missing or unreadable: nothing to select from. */
  public static final class Unreadable extends PactContainersException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }
}
