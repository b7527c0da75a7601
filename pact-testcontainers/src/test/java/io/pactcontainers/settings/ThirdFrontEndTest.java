package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.report.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A front end that gives only what it has (as a command line would: a provider name, a folder and
 * an image) gets the settings layer's defaults and rules, and every message in its own words.
 */
class ThirdFrontEndTest {
  @TempDir Path dir;

  /** A command line's names: {@code --image}, {@code --header NAME}. */
  static final SettingNames OPTIONS =
      new SettingNames() {
        @Override
        public String of(String... path) {
          return "--" + path[path.length - 1].replaceAll("([A-Z])", "-$1").toLowerCase();
        }

        @Override
        public String header(String name) {
          return "--header " + name;
        }

        @Override
        public String part(String setting, String child) {
          return setting + " (" + child + ")";
        }
      };

  /** Only a provider name, a folder and an image: everything else is the layer's default. */
  record Options(String image, List<? extends Header> headers, int requestTimeout)
      implements RawSettings {
    @Override
    public SettingNames names() {
      return OPTIONS;
    }

    @Override
    public String providerName() {
      return "grill-chef";
    }

    @Override
    public File pactDirectory() {
      return new File("pacts");
    }

    @Override
    public String providerImage() {
      return image;
    }
  }

  private SettingsContext context() {
    return new SettingsContext(
        dir,
        dir.resolve("out"),
        Map.of(),
        line -> {},
        ServerCredentials.NONE,
        SettingsContext.classesOf(getClass().getClassLoader()),
        List.of(),
        "cli");
  }

  @Test
  void whatAFrontEndLeavesOutTakesTheLayersDefaults() {
    MappedSettings mapped =
        VerificationSettings.map(new Options("grill-chef:1.0", null, 30), context());
    assertThat(mapped.config().target())
        .isInstanceOfSatisfying(
            ProviderContainer.class,
            c -> {
              assertThat(c.image()).contains("grill-chef:1.0");
              assertThat(c.port()).isEqualTo(8080);
            });
    assertThat(mapped.config().requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(mapped.config().followRedirects()).isTrue();
    assertThat(mapped.config().publishing()).isEmpty();
    assertThat(VerificationSettings.reports(new Options("x", null, 30)).formats())
        .containsExactlyElementsOf(ReportFormat.DEFAULTS);
  }

  @Test
  void messagesNameTheSettingInTheFrontEndsWords() {
    assertThatThrownBy(() -> VerificationSettings.map(new Options(null, null, 30), context()))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "--provider needs --image, --dockerfile or --base-url; e.g. --image my-provider:1.0");
    assertThatThrownBy(() -> VerificationSettings.map(new Options("x", null, 0), context()))
        .hasMessage("--request-timeout must be a positive number of seconds, found 0");
  }

  /** A secret header given by a command: a header of the command line's. */
  record CommandHeader(String name, String command) implements RawSettings.Header {
    public String value() {
      return null;
    }

    public int timeout() {
      return RawSettings.Header.DEFAULT_TIMEOUT;
    }

    public String replace() {
      return null;
    }

    public List<String> consumers() {
      return null;
    }

    public boolean stateCalls() {
      return false;
    }

    public boolean secret() {
      return true;
    }
  }

  @Test
  void aHeadersOriginIsKeptForTheReproductionLinesWithTheInterpolatedSecretsMasked() {
    SettingsContext interpolating =
        new SettingsContext(
            dir,
            dir.resolve("out"),
            Map.of(),
            line -> {},
            ServerCredentials.NONE,
            SettingsContext.classesOf(getClass().getClassLoader()),
            List.of("vault-pa55word"),
            "cli");
    MappedSettings mapped =
        VerificationSettings.map(
            new Options(
                "x",
                List.of(new CommandHeader("Authorization", "echo Bearer t0ken # vault-pa55word")),
                30),
            interpolating);
    io.pactcontainers.verify.RequestHeader header = mapped.config().requestHeaders().get(0);
    assertThat(header.value()).isEqualTo("Bearer t0ken");
    assertThat(header.origin())
        .contains(
            new io.pactcontainers.verify.RequestHeader.Origin(
                "--header Authorization (command)",
                java.util.Optional.of("echo Bearer t0ken # ****"),
                java.util.Optional.of(dir)));
  }

  @Test
  void aHeaderRuleIsTheSameForEveryFrontEnd() {
    RawSettings.Header both =
        new RawSettings.Header() {
          public String name() {
            return "Authorization";
          }

          public String value() {
            return "Bearer x";
          }

          public String command() {
            return "echo y";
          }

          public int timeout() {
            return RawSettings.Header.DEFAULT_TIMEOUT;
          }

          public String replace() {
            return null;
          }

          public List<String> consumers() {
            return null;
          }

          public boolean stateCalls() {
            return false;
          }

          public boolean secret() {
            return true;
          }
        };
    assertThatThrownBy(
            () -> VerificationSettings.map(new Options("x", List.of(both), 30), context()))
        .hasMessage(
            "--header Authorization needs either --value or --command, not both; e.g. --value"
                + " Bearer ${API_TOKEN}");
  }
}
