package io.pactcontainers.settings;

/**
 * Settings named as the Maven plugin's POM writes them ({@code <provider><image>}), so that the
 * settings layer's tests assert the very messages a POM's user reads. The plugin's {@code
 * MavenNames} renders the same; its {@code MavenNamesTest} checks that it does.
 */
public final class PomNames implements SettingNames {
  /** The one instance. */
  public static final PomNames POM = new PomNames();

  private PomNames() {}

  @Override
  public String of(String... path) {
    StringBuilder sb = new StringBuilder();
    for (String p : path) {
      sb.append('<').append(p).append('>');
    }
    return sb.toString();
  }

  @Override
  public String header(String name) {
    return "<headers><header> " + name;
  }

  @Override
  public String part(String setting, String child) {
    return setting + (setting.endsWith(">") ? "" : " ") + "<" + child + ">";
  }

  @Override
  public String example(String value, String... path) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (String p : path) {
      open.append('<').append(p).append('>');
      close.insert(0, "</" + p + ">");
    }
    return open + value.replaceAll("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}", "\\${env.$1}") + close;
  }

  @Override
  public String server(String setting) {
    return "the settings.xml <server> named by " + setting;
  }

  @Override
  public String serverPassword(String setting) {
    return "the <password> of " + server(setting);
  }
}
