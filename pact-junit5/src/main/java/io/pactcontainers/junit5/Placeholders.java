package io.pactcontainers.junit5;

/**
 * An annotation's {@code ${NAME}} read from the environment, then the system properties, through
 * the library's one rule ({@link io.pactcontainers.Placeholders}): a variable that is neither (or
 * is empty, where it is the whole value) is an error naming the attribute, never an empty header
 * nor {@code ${NAME}} sent as written. What Maven does for a POM, done here for annotations.
 */
final class Placeholders {
  private Placeholders() {}

  static String resolved(String text, String what) {
    try {
      return io.pactcontainers.Placeholders.resolve(
          what,
          text,
          name -> {
            String value = System.getenv(name);
            value = value == null ? System.getProperty(name) : value;
            return value == null || value.isEmpty() ? null : value;
          },
          name ->
              "set the environment variable "
                  + name
                  + " or the system property (-D"
                  + name
                  + "=...)");
    } catch (io.pactcontainers.Placeholders.UnsetVariableException e) {
      throw ExtensionErrors.withCause(e.getMessage(), e);
    }
  }
}
