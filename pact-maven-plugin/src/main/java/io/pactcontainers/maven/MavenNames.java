package io.pactcontainers.maven;

import io.pactcontainers.settings.SettingNames;

/** Settings named as the POM writes them: {@code <provider><image>}. */
final class MavenNames implements SettingNames {
  static final MavenNames POM = new MavenNames();

  private MavenNames() {}

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

  /**
   * The element with its value; an environment variable the library writes {@code ${NAME}} (its
   * placeholders' syntax) is written {@code ${env.NAME}}, as a POM reads it.
   */
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
