package io.pactcontainers.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A setting's value and where it came from, so that a message names what the user wrote: the
 * option, the variable or the file's key.
 *
 * @param option the setting
 * @param value its value: a text, a list of texts, an object (NAME=VALUE pairs, a sidecar)
 * @param origin which source gave it
 * @param where as the user wrote it: {@code --port}, {@code PACT_PROVIDER_PORT}, {@code
 *     provider.port in pact-verify.yml}
 */
record Given(Option option, JsonNode value, Origin origin, String where) {

  /** The sources, in the order they win. */
  enum Origin {
    /** The command line. */
    OPTION("option"),
    /** An environment variable. */
    ENVIRONMENT("environment"),
    /** The {@code --config} file. */
    FILE("file"),
    /** This front end's default. */
    DEFAULT("default");

    private final String word;

    Origin(String word) {
      this.word = word;
    }

    String word() {
      return word;
    }
  }

  Given {
    requireNonNull(option, "option");
    requireNonNull(value, "value");
    requireNonNull(origin, "origin");
    requireNonNull(where, "where");
  }
}
