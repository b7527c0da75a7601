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
   * Reads the previous run's JSON report.
   *
   * @param report {@code <outputDirectory>/reports/<provider>.json}
   * @return what did not pass in it
   * @throws Unreadable when there is no such report, or it is not one
   */
  public static LastFailed read(Path report) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(report));
    } catch (NoSuchFileException e) {
      throw new Unreadable(
          "there is no report of a previous run at "
              + report
              + " (the json report is written by every run that has json among its reports);"
              + " run once without it");
    } catch (IOException e) {
      throw new Unreadable(
          "the previous run's report " + report + " cannot be read: " + e.getMessage());
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
