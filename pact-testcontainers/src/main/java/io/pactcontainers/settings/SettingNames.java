package io.pactcontainers.settings;

/**
 * How a front end writes a setting, so that every message of the settings layer names it in the
 * user's own words: the Maven plugin {@code <provider><image>}, the JUnit 5 extension
 * {@code @PactProviderTest(provider)}, a command line {@code --image}. Settings are identified by
 * the plugin's parameter names, which are the names every front end documents beside its own.
 */
public interface SettingNames {
  /**
   * A setting by its path of parameter names.
   *
   * @param path the parameter names from the outermost ({@code "provider", "image"})
   * @return the setting as the user writes it
   */
  String of(String... path);

  /**
   * One of the request headers the user configured.
   *
   * @param name the header's name
   * @return the header's setting as the user writes it
   */
  String header(String name);

  /**
   * A part of a setting named by {@link #of} or {@link #header}.
   *
   * @param setting the setting, as {@link #of} or {@link #header} wrote it
   * @param child the part's parameter name ({@code "timeout"})
   * @return the part as the user writes it
   */
  String part(String setting, String child);

  /**
   * A setting given a value, as the user would write it in an example.
   *
   * @param value the value
   * @param path the setting's parameter names from the outermost
   * @return e.g. {@code <provider><image>my-provider:1.0</image></provider>}
   */
  default String example(String value, String... path) {
    return of(path) + " " + value;
  }

  /**
   * The server a setting names, in the store where this front end keeps servers' credentials.
   *
   * @param setting the setting that names the server, as {@link #of} wrote it
   * @return e.g. {@code the settings.xml <server> named by <broker><serverId>}
   */
  default String server(String setting) {
    return "the server named by " + setting;
  }

  /**
   * Where the password of the server a setting names is written.
   *
   * @param setting the setting that names the server, as {@link #of} wrote it
   * @return e.g. {@code the <password> of the settings.xml <server> named by <broker><serverId>}
   */
  default String serverPassword(String setting) {
    return "the password of " + server(setting);
  }

  /**
   * A system property as given on the command line.
   *
   * @param name its name ({@code pact.provider.version})
   * @return how to give it ({@code -Dpact.provider.version})
   */
  default String property(String name) {
    return "-D" + name;
  }
}
