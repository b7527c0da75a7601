package io.pactcontainers.settings;

import io.pactcontainers.source.ClientCertificate;
import io.pactcontainers.source.PactSourceException;
import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a client certificate ({@code provider} or {@code broker}: {@code clientCertificate},
 * {@code clientKey}, {@code clientCertificatePasswordEnvironmentVariable}): the files exist and are
 * readable, a key goes with a PEM certificate and not with PKCS#12, the key is the certificate's;
 * read once here, so that a mistake is one error naming the setting before anything starts.
 */
final class ClientCertificates {
  private final SettingNames names;
  private final Map<String, String> environment;

  ClientCertificates(SettingNames names, Map<String, String> environment) {
    this.names = names;
    this.environment = Map.copyOf(environment);
  }

  /**
   * @param parent {@code provider} or {@code broker}, as the settings nest them
   * @param certificate {@code clientCertificate}; null: none
   * @param key {@code clientKey}; null: none, or in the certificate's PEM file
   * @param passwordVariable the environment variable of a PKCS#12 file's password
   */
  Optional<ClientCertificate> of(
      String parent, File certificate, File key, String passwordVariable) {
    return of(
        names.of(parent, "clientCertificate"),
        names.of(parent, "clientKey"),
        names.of(parent, "clientCertificatePasswordEnvironmentVariable"),
        certificate,
        key,
        passwordVariable);
  }

  /**
   * The same, the settings named as given (a property standing for the nested setting).
   *
   * @param certSetting how the certificate's setting is named
   * @param keySetting how the key's setting is named
   * @param variableSetting how the password variable's setting is named
   */
  Optional<ClientCertificate> of(
      String certSetting,
      String keySetting,
      String variableSetting,
      File certificate,
      File key,
      String passwordVariable) {
    if (certificate == null) {
      if (key != null) {
        throw new SettingsException(
            keySetting
                + " is given without "
                + certSetting
                + "; give the client certificate too, or remove "
                + keySetting);
      }
      return Optional.empty();
    }
    readable(certificate, certSetting, "the client certificate (PEM, or PKCS#12 .p12/.pfx)");
    try {
      if (ClientCertificate.isPem(certificate.toPath())) {
        if (key != null) {
          readable(key, keySetting, "the client certificate's private key (PEM)");
        }
        return Optional.of(
            ClientCertificate.pem(
                certificate.toPath(), Optional.ofNullable(key).map(File::toPath)));
      }
      if (key != null) {
        throw new SettingsException(
            keySetting
                + " is for a PEM certificate, and "
                + certSetting
                + " "
                + certificate
                + " is PKCS#12, which holds its key; remove "
                + keySetting);
      }
      String variable =
          passwordVariable == null || passwordVariable.isBlank() ? null : passwordVariable.trim();
      String password = variable == null ? null : environment.get(variable);
      return Optional.of(
          ClientCertificate.pkcs12(
              certificate.toPath(),
              password == null ? new char[0] : password.toCharArray(),
              variable == null
                  ? "no environment variable (" + variableSetting + " is empty)"
                  : "the environment variable "
                      + variable
                      + (password == null ? ", which is not set" : ""),
              Optional.ofNullable(variable)));
    } catch (PactSourceException e) {
      throw new SettingsException(
          (key == null ? certSetting : certSetting + " with " + keySetting)
              + " cannot be used: "
              + e.getMessage(),
          e);
    }
  }

  private static void readable(File file, String setting, String what) {
    if (!file.isFile()) {
      throw new SettingsException(setting + " not found: " + file + "; give the file of " + what);
    }
    if (!Files.isReadable(file.toPath())) {
      throw new SettingsException(
          setting + " cannot be read: " + file + "; let this user read it (chmod)");
    }
  }
}
