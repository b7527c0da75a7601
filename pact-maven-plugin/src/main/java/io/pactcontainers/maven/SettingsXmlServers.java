package io.pactcontainers.maven;

import io.pactcontainers.settings.ServerCredentials;
import io.pactcontainers.settings.SettingsException;
import io.pactcontainers.source.Credentials;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The credentials of settings.xml's {@code <server>}s, their passwords decrypted: what the settings
 * layer asks for where the POM names a server ({@code <broker><serverId>}, {@code
 * <pactUrlsServerId>}). A password alone is a bearer token.
 */
record SettingsXmlServers(Settings settings, SettingsDecrypter decrypter)
    implements ServerCredentials {

  @Override
  public Credentials of(String id, String setting) {
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      throw new SettingsException(
          setting
              + " "
              + id
              + " has no <server> in settings.xml; add one with"
              + " <username> and <password>, or <password> alone for a bearer token");
    }
    if (decrypter != null) {
      SettingsDecryptionResult r = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      for (SettingsProblem p : r.getProblems()) {
        if (p.getSeverity() != SettingsProblem.Severity.WARNING) {
          throw new SettingsException(
              "Cannot decrypt the password of <server> "
                  + id
                  + " in settings.xml: "
                  + p.getMessage()
                  + "; check settings-security.xml");
        }
      }
      server = r.getServer();
    }
    if (server.getPassword() == null || server.getPassword().isEmpty()) {
      throw new SettingsException("<server> " + id + " in settings.xml has no <password>");
    }
    return server.getUsername() == null || server.getUsername().isBlank()
        ? new Credentials.Bearer(server.getPassword())
        : new Credentials.Basic(server.getUsername(), server.getPassword());
  }
}
