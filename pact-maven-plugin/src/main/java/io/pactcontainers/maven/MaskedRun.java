package io.pactcontainers.maven;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Secrets;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * A verification goal's run with every secret masked in what it says and leaves, shared by {@code
 * verify} and {@code matrix}: the POM's literal secrets masked from the start (even in a
 * configuration error), the mapped credentials and secret headers from then on, in Maven's log, the
 * dependencies' log ({@code logs/testcontainers.log}), the exception Maven prints and, last, the
 * files under the output folder.
 */
final class MaskedRun {
  private MaskedRun() {}

  /** A mapped configuration that knows which secrets it holds. */
  interface Masked {
    /** Masks the secrets of the configuration. */
    SecretMasking masking();
  }

  /** The goal's mapping: parameters onto the library's configuration. */
  @FunctionalInterface
  interface Mapping<C extends Masked> {
    C map() throws ConfigurationException;
  }

  /** The goal's work on the mapped configuration, with Maven's log masked. */
  @FunctionalInterface
  interface Work<C> {
    void run(C config, Log log, Secrets secrets)
        throws MojoExecutionException, MojoFailureException;
  }

  /**
   * Maps, then works, each error in Maven's terms and masked.
   *
   * @param log Maven's log
   * @param literalSecrets the secret values the POM gives as they are
   * @param outputFolder where the run's logs and reports go
   */
  static <C extends Masked> void run(
      Log log, List<String> literalSecrets, Path outputFolder, Mapping<C> mapping, Work<C> work)
      throws MojoExecutionException, MojoFailureException {
    SecretMasking masking = SecretMasking.ofValues(literalSecrets);
    try {
      C config = mapping.map();
      masking = config.masking();
      Log masked = masking.wrap(log);
      DependencyLogging.routeTo(
          masked, outputFolder.resolve("logs").resolve("testcontainers.log"), masking.secrets());
      work.run(config, masked, masking.secrets());
    } catch (ConfigurationException e) {
      throw masking.mask(new MojoExecutionException(e.getMessage()));
    } catch (PactContainersException e) {
      throw masking.mask(RunErrors.of(e));
    } catch (MojoFailureException e) {
      throw masking.mask(e);
    } catch (MojoExecutionException e) {
      throw masking.mask(e); // the page not written, an interruption: said with the run's words
    } finally {
      DependencyLogging.stop();
      masking.maskFiles(outputFolder, log);
    }
  }
}
