package io.pactcontainers.provider;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.images.RemoteDockerImage;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ResourceReaper;

/**
 * Air-gapped CI: where Testcontainers' clean-up container Ryuk is not on the engine and cannot be
 * pulled (no registry), Testcontainers retries the pull for minutes before anything starts (a
 * verification stopped at 400 s in one trial). Before Testcontainers first needs it, the image is
 * looked for and, when missing, pulled for a few seconds at most; when that fails the run goes on
 * with Testcontainers' JVM-hook reaper instead, which removes what this JVM started on its exit,
 * while our own labels and sweep remove what a killed run leaves. Said in one WARN line, and
 * remembered for a day per engine ({@link RyukMemory}): the runs after it go on at once, silently.
 *
 * <p>Testcontainers has no setting for this (it reads only its environment variable, once), so its
 * reaper instance is replaced by reflection; if its internals ever change, nothing is replaced and
 * Testcontainers behaves as it always did.
 */
final class RyukFallback {
  private static final Logger LOG = LoggerFactory.getLogger(RyukFallback.class);

  /** How long a missing Ryuk image may take to pull before the run goes on without it. */
  static final long PULL_SECONDS = 5;

  private static boolean checked;

  private RyukFallback() {}

  /** Once per JVM, before the first use of Testcontainers' Docker client. */
  static synchronized void ensure() {
    if (checked) {
      return;
    }
    checked = true;
    try {
      ResourceReaper reaper = ResourceReaper.instance();
      if (!reaper.getClass().getSimpleName().equals("RyukResourceReaper")) {
        return; // disabled (TESTCONTAINERS_RYUK_DISABLED) or already replaced
      }
      String image = ryukImage(reaper);
      // A client of our own on the engine Testcontainers found: its client() (and lazyClient(),
      // which calls it) starts Ryuk first, the pull this is to avoid.
      boolean remembered;
      try (DockerClient docker =
          DockerClientProviderStrategy.getClientForConfig(
              DockerClientFactory.instance().getTransportConfig())) {
        if (present(docker, image)) {
          return;
        }
        String engine = docker.infoCmd().exec().getId();
        RyukMemory memory = RyukMemory.ofThisUser();
        remembered = memory.unavailable(engine, image, java.time.Instant.now());
        if (!remembered) {
          if (pulled(docker, image)) {
            return;
          }
          memory.rememberUnavailable(engine, image, java.time.Instant.now());
        }
      }
      replaceWithJvmHookReaper();
      if (remembered) {
        LOG.debug("Ryuk image {} found unpullable on this engine within a day: not tried", image);
        return;
      }
      LOG.warn(
          "Testcontainers' clean-up image {} is not on this Docker engine and could not be pulled"
              + " in {} s: going on without it (the verifier removes what it starts, and the next"
              + " run what a killed one left). Load it (docker save/load) or set"
              + " TESTCONTAINERS_RYUK_DISABLED=true to skip this check (the answer is remembered"
              + " for a day: the next runs neither try nor say it)",
          image,
          PULL_SECONDS);
    } catch (ReflectiveOperationException
        | RuntimeException
        | LinkageError
        | java.io.IOException e) {
      LOG.debug("Not checking for Testcontainers' Ryuk image: {}", e.toString());
    }
  }

  /**
   * The Ryuk image Testcontainers would pull (its name substitution applied), read without
   * resolving it: {@code getDockerImageName()} would start the very pull this avoids.
   */
  private static String ryukImage(ResourceReaper reaper) throws ReflectiveOperationException {
    Field container = reaper.getClass().getDeclaredField("ryukContainer");
    container.setAccessible(true);
    RemoteDockerImage image = ((GenericContainer<?>) container.get(reaper)).getImage();
    java.lang.reflect.Method name = RemoteDockerImage.class.getDeclaredMethod("getImageName");
    name.setAccessible(true);
    return ((DockerImageName) name.invoke(image)).asCanonicalNameString();
  }

  private static boolean present(DockerClient docker, String image) {
    return !docker.listImagesCmd().withReferenceFilter(image).exec().isEmpty();
  }

  private static boolean pulled(DockerClient docker, String image) {
    try {
      return docker
              .pullImageCmd(image)
              .exec(new PullImageResultCallback())
              .awaitCompletion(PULL_SECONDS, TimeUnit.SECONDS)
          && present(docker, image);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (RuntimeException e) {
      return false; // no registry: the pull fails at once, or after its own retries
    }
  }

  private static void replaceWithJvmHookReaper() throws ReflectiveOperationException {
    Class<?> hook = Class.forName("org.testcontainers.utility.JVMHookResourceReaper");
    Constructor<?> create = hook.getDeclaredConstructor();
    create.setAccessible(true);
    Field instance = ResourceReaper.class.getDeclaredField("instance");
    instance.setAccessible(true);
    synchronized (ResourceReaper.class) {
      instance.set(null, create.newInstance());
    }
  }

  /**
   * Tells Testcontainers' exit hook that there is nothing to prune: called when the Docker engine
   * has gone away, where the hook would fail with a stack trace at the end of the build. What is
   * left is the next run's to sweep.
   */
  static void forgetPruning() {
    try {
      Field deathNote = ResourceReaper.class.getDeclaredField("DEATH_NOTE");
      deathNote.setAccessible(true);
      Object list = deathNote.get(null);
      if (list instanceof java.util.List<?> l) {
        synchronized (l) {
          l.clear();
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("Could not clear Testcontainers' list of what to prune: {}", e.toString());
    }
  }
}
