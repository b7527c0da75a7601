package io.pactcontainers.settings;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * Raw settings as a test gives them: the few the settings layer's tests set, the rest as the view's
 * defaults; named as a POM names them ({@link PomNames}).
 */
final class GivenSettings implements RawSettings {
  String providerName = "grill-chef";
  String providerBaseUrl = "http://localhost:8080";
  java.io.File providerClientCertificate;
  java.io.File providerClientKey;

  @Override
  public java.io.File providerClientCertificate() {
    return providerClientCertificate;
  }

  @Override
  public java.io.File providerClientKey() {
    return providerClientKey;
  }

  File pactDirectory;
  List<String> pactUrls;
  String brokerUrl;
  Broker broker;
  List<GivenHeader> headers;
  Map<String, String> requestHeaders;
  List<String> secretRequestHeaders;
  List<String> reports;
  List<String> messageProviders;
  java.util.Map<String, java.io.File> reportFiles;
  boolean publishResults;
  String providerVersion;
  String providerBranch;
  String buildVersion;
  boolean trimSnapshot;
  boolean publishDirtyVersion;

  @Override
  public List<String> messageProviders() {
    return messageProviders;
  }

  @Override
  public boolean publishResults() {
    return publishResults;
  }

  @Override
  public String providerVersion() {
    return providerVersion;
  }

  @Override
  public String providerBranch() {
    return providerBranch;
  }

  @Override
  public String buildVersion() {
    return buildVersion;
  }

  @Override
  public boolean trimSnapshot() {
    return trimSnapshot;
  }

  @Override
  public boolean publishDirtyVersion() {
    return publishDirtyVersion;
  }

  @Override
  public SettingNames names() {
    return PomNames.POM;
  }

  @Override
  public String providerName() {
    return providerName;
  }

  @Override
  public String providerBaseUrl() {
    return providerBaseUrl;
  }

  @Override
  public File pactDirectory() {
    return pactDirectory;
  }

  @Override
  public List<String> pactUrls() {
    return pactUrls;
  }

  @Override
  public String brokerUrl() {
    return brokerUrl;
  }

  @Override
  public Broker broker() {
    return broker;
  }

  @Override
  public List<? extends Header> headers() {
    return headers;
  }

  @Override
  public Map<String, String> requestHeaders() {
    return requestHeaders;
  }

  @Override
  public List<String> secretRequestHeaders() {
    return secretRequestHeaders;
  }

  @Override
  public List<String> reports() {
    return reports;
  }

  @Override
  public java.util.Map<String, java.io.File> reportFiles() {
    return reportFiles;
  }

  /** A {@code <broker>} as a test gives it: the defaults, with what the test sets. */
  static final class GivenBroker implements RawSettings.Broker {
    String serverId;
    String tokenEnvironmentVariable = DEFAULT_TOKEN_VARIABLE;
    String usernameEnvironmentVariable = DEFAULT_USERNAME_VARIABLE;
    String passwordEnvironmentVariable = DEFAULT_PASSWORD_VARIABLE;
    String authHeaderName;
    File caCertificate;
    List<Selector> consumerVersionSelectors;
    List<String> providerTags;
    boolean failIfPublishFails = true;
    int timeout = DEFAULT_TIMEOUT;
    int retries = DEFAULT_RETRIES;
    File clientCertificate;
    File clientKey;
    String clientCertificatePasswordEnvironmentVariable =
        DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE;

    @Override
    public String serverId() {
      return serverId;
    }

    @Override
    public File clientCertificate() {
      return clientCertificate;
    }

    @Override
    public File clientKey() {
      return clientKey;
    }

    @Override
    public String clientCertificatePasswordEnvironmentVariable() {
      return clientCertificatePasswordEnvironmentVariable;
    }

    @Override
    public String tokenEnvironmentVariable() {
      return tokenEnvironmentVariable;
    }

    @Override
    public String usernameEnvironmentVariable() {
      return usernameEnvironmentVariable;
    }

    @Override
    public String passwordEnvironmentVariable() {
      return passwordEnvironmentVariable;
    }

    @Override
    public String authHeaderName() {
      return authHeaderName;
    }

    @Override
    public File caCertificate() {
      return caCertificate;
    }

    @Override
    public List<? extends Selector> consumerVersionSelectors() {
      return consumerVersionSelectors;
    }

    @Override
    public List<String> providerTags() {
      return providerTags;
    }

    @Override
    public boolean failIfPublishFails() {
      return failIfPublishFails;
    }

    @Override
    public int timeout() {
      return timeout;
    }

    @Override
    public int retries() {
      return retries;
    }
  }

  /** A {@code <headers><header>} as a test gives it. */
  static final class GivenHeader implements RawSettings.Header {
    String name;
    String value;
    String command;
    int timeout = DEFAULT_TIMEOUT;
    String replace;
    List<String> consumers;
    boolean stateCalls;
    boolean secret = true;

    GivenHeader(String name, String value) {
      this.name = name;
      this.value = value;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String value() {
      return value;
    }

    @Override
    public String command() {
      return command;
    }

    @Override
    public int timeout() {
      return timeout;
    }

    @Override
    public String replace() {
      return replace;
    }

    @Override
    public List<String> consumers() {
      return consumers;
    }

    @Override
    public boolean stateCalls() {
      return stateCalls;
    }

    @Override
    public boolean secret() {
      return secret;
    }
  }
}
