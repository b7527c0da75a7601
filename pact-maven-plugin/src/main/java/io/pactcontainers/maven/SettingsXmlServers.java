package io.pactcontainers.maven;

import io.pactcontainers.settings.ConfiguredProxy;
import io.pactcontainers.settings.ServerCredentials;
import io.pactcontainers.settings.SettingsException;
import io.pactcontainers.source.Credentials;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The credentials of settings.xml's {@code <server>}s, their passwords decrypted: what the settings
 * layer asks for where the POM names a server ({@code <broker><serverId>}, {@code
 * <pactUrlsServerId>}). A password alone is a bearer token. Also its active {@code <proxy>}s, their
 * passwords decrypted the same way, for the Broker and pact URLs.
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

  @Override
  public List<ConfiguredProxy> proxies() {
    List<ConfiguredProxy> proxies = new ArrayList<>();
    for (Proxy proxy : settings == null ? List.<Proxy>of() : settings.getProxies()) {
      if (proxy.isActive()) {
        Proxy p = decrypted(proxy);
        proxies.add(
            new ConfiguredProxy(
                "settings.xml <proxy> " + p.getId(),
                p.getProtocol(),
                p.getHost(),
                p.getPort(),
                p.getUsername(),
                p.getPassword(),
                p.getNonProxyHosts()));
      }
    }
    return proxies;
  }

  private Proxy decrypted(Proxy proxy) {
    if (decrypter == null || proxy.getPassword() == null) {
      return proxy;
    }
    SettingsDecryptionResult r = decrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
    for (SettingsProblem p : r.getProblems()) {
      if (p.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new SettingsException(
            "Cannot decrypt the password of <proxy> "
                + proxy.getId()
                + " in settings.xml: "
                + p.getMessage()
                + "; check settings-security.xml");
      }
    }
    return r.getProxy();
  }
}
