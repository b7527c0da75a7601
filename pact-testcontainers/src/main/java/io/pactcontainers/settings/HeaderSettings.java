package io.pactcontainers.settings;

import static io.pactcontainers.settings.ProviderSettings.blank;

import io.pactcontainers.Secrets;
import io.pactcontainers.verify.HeaderCommand;
import io.pactcontainers.verify.HeaderCommandException;
import io.pactcontainers.verify.RequestHeader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the headers added to the requests: {@code headers} (a value or a command, where they
 * go, whether secret) and the short form {@code requestHeaders}. One rule for every front end: the
 * same checks, the same command timeout, the same messages in the front end's words.
 */
final class HeaderSettings {
  private final SettingNames names;

  HeaderSettings(SettingNames names) {
    this.names = names;
  }

  /**
   * The headers, commands run: {@code requestHeaders} first (every request, as always), then {@code
   * headers} in order.
   *
   * @param directory where commands run
   * @param interpolated the values the front end may have put into a command before we saw it,
   *     masked where a failure shows it
   */
  List<RequestHeader> headers(RawSettings raw, Path directory, Collection<String> interpolated) {
    Set<String> secretNames = secretHeaderNames(raw);
    List<RequestHeader> out = new ArrayList<>();
    if (raw.requestHeaders() != null) {
      for (Map.Entry<String, String> e : raw.requestHeaders().entrySet()) {
        out.add(
            RequestHeader.of(
                    e.getKey(),
                    RequestHeader.requireCredential(
                        names.part(names.of("requestHeaders"), e.getKey()),
                        e.getValue() == null ? "" : e.getValue()))
                .replacing(RequestHeader.Replace.ALWAYS)
                .secret(secretNames.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .from(
                    new RequestHeader.Origin(
                        names.part(names.of("requestHeaders"), e.getKey()),
                        Optional.empty(),
                        Optional.empty())));
      }
    }
    if (raw.headers() != null) {
      for (int i = 0; i < raw.headers().size(); i++) {
        out.add(header(raw.headers().get(i), i + 1, directory, interpolated));
      }
    }
    return out;
  }

  private RequestHeader header(
      RawSettings.Header h, int position, Path directory, Collection<String> interpolated) {
    if (h == null || blank(h.name())) {
      throw new SettingsException(
          names.of("headers", "header")
              + " number "
              + position
              + " has no "
              + names.of("name")
              + "; e.g. "
              + names.example("Authorization", "name"));
    }
    String name = h.name().trim();
    String setting = names.header(name);
    boolean hasValue = h.value() != null;
    boolean hasCommand = !blank(h.command());
    if (hasValue == hasCommand) {
      throw new SettingsException(
          setting
              + " needs either "
              + names.of("value")
              + " or "
              + names.of("command")
              + (hasValue ? ", not both" : "")
              + "; e.g. "
              + names.example("Bearer ${API_TOKEN}", "value"));
    }
    if (h.timeout() < 1) {
      throw new SettingsException(
          names.part(setting, "timeout") + " must be at least 1 second, found " + h.timeout());
    }
    String value;
    try {
      value =
          hasValue
              ? h.value().trim()
              : HeaderCommand.run(
                  name,
                  h.command().trim(),
                  interpolated(h.command(), interpolated),
                  directory,
                  Duration.ofSeconds(h.timeout()));
    } catch (HeaderCommandException e) {
      throw new SettingsException(names.part(setting, "command") + ": " + e.getMessage(), e);
    }
    return RequestHeader.of(
            name,
            RequestHeader.requireCredential(
                hasValue
                    ? names.part(setting, h.valuePart())
                    : names.part(setting, "command") + "'s output",
                value))
        .replacing(replace(h.replace(), setting))
        .forConsumers(
            h.consumers() == null ? List.of() : h.consumers().stream().map(String::trim).toList())
        .onStateCalls(h.stateCalls())
        .secret(h.secret())
        .from(
            new RequestHeader.Origin(
                names.part(setting, hasValue ? h.valuePart() : "command"),
                hasValue
                    ? Optional.empty()
                    : Optional.of(interpolated(h.command(), interpolated).mask(h.command().trim())),
                hasValue ? Optional.empty() : Optional.ofNullable(directory)));
  }

  private RequestHeader.Replace replace(String replace, String setting) {
    if (blank(replace)) {
      return RequestHeader.Replace.PRESENT;
    }
    try {
      return RequestHeader.Replace.valueOf(replace.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SettingsException(
          names.part(setting, "replace")
              + " is "
              + replace.trim()
              + "; use present (only requests whose pact has the header) or always");
    }
  }

  /**
   * The names of the headers whose values are secrets, lower case.
   *
   * @param raw the settings
   * @return {@code secretRequestHeaders}, or the library's default
   */
  static Set<String> secretHeaderNames(RawSettings raw) {
    return raw.secretRequestHeaders() == null
        ? Secrets.DEFAULT_SECRET_HEADERS
        : raw.secretRequestHeaders().stream()
            .map(h -> h.trim().toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * The secret values the settings give literally (not through commands): known before anything
   * runs, so that even a configuration error cannot show them.
   */
  static List<String> literalSecrets(RawSettings raw) {
    Set<String> secretNames = secretHeaderNames(raw);
    List<String> out = new ArrayList<>();
    if (raw.requestHeaders() != null) {
      raw.requestHeaders()
          .forEach(
              (name, value) -> {
                // A value still holding ${...} is an unset variable's: its error names the
                // variable.
                if (value != null
                    && !value.contains("${")
                    && secretNames.contains(name.toLowerCase(Locale.ROOT))) {
                  out.add(value.trim());
                }
              });
    }
    if (raw.headers() != null) {
      raw.headers().stream()
          .filter(h -> h != null && h.secret() && h.value() != null && !h.value().contains("${"))
          .forEach(h -> out.add(h.value().trim()));
    }
    return out;
  }

  /**
   * What the front end may have put into a command before we saw it: the values of environment
   * variables and properties ({@code ${env.TOKEN}} in a POM) that the command holds, masked where a
   * failure shows it (the command as written, its error output). Short values (under 6 characters)
   * are left: they are not secrets and would mask ordinary words.
   */
  private static Secrets interpolated(String command, Collection<String> values) {
    return Secrets.of(
        values.stream()
            .filter(v -> v != null && v.strip().length() >= 6 && command.contains(v.strip()))
            .map(String::strip)
            .distinct()
            .toList());
  }
}
