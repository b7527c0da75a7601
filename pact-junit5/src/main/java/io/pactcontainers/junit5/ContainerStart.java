package io.pactcontainers.junit5;

import io.pactcontainers.Secrets;
import io.pactcontainers.provider.ForeignContainers;
import io.pactcontainers.provider.ProviderStartException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.platform.commons.support.ReflectionSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.containers.wait.strategy.WaitStrategyTarget;

/**
 * Starts the test class's own container as the library starts its containers: Testcontainers' Ryuk
 * image looked for first (an air-gapped machine goes on with one WARN line), and a container that
 * exits during start-up said at once, in one line with its exit code and the last lines of its log,
 * instead of after the wait strategy's minute with Testcontainers' cause chain. The container's own
 * wait strategy is kept; it is only watched, and given back afterwards. (An exit Testcontainers
 * sees before the wait is read from its message by the library.)
 */
final class ContainerStart {
  private static final Logger LOG = LoggerFactory.getLogger(ContainerStart.class);
  private static final int TAIL_LINES = 30;

  private final GenericContainer<?> container;
  private final Supplier<String> what;
  private final Deque<String> tail = new ArrayDeque<>();
  private volatile OptionalLong exitCode = OptionalLong.empty();

  private ContainerStart(GenericContainer<?> container, Supplier<String> what) {
    this.container = container;
    this.what = what;
  }

  /**
   * Starts it, on this (the test's) thread.
   *
   * @param what the container as the user knows it, for the message (asked only after the start:
   *     its image's name resolves the image, which needs Docker, which would start Ryuk before the
   *     fallback had looked for it)
   * @throws ProviderStartException when it does not start: one line, the log tail masked
   */
  static void start(GenericContainer<?> container, Supplier<String> what, Secrets secrets) {
    new ContainerStart(container, what).run(secrets);
  }

  private void run(Secrets secrets) {
    ForeignContainers.prepareDocker();
    WaitStrategy wait = waitStrategy();
    if (wait != null) {
      container.setWaitStrategy(new ExitWatch(wait));
    }
    container.withLogConsumer(this::keep);
    try {
      container.start();
    } catch (RuntimeException e) {
      LOG.debug("{} did not start", what.get(), e);
      ProviderStartException failure =
          ForeignContainers.startFailure(
              what.get(),
              exitCode,
              e,
              secrets.mask(tail()),
              "the image, its command and the container's waitingFor and withStartupTimeout");
      // The message says it all: the stack of this extension and Testcontainers' chain do not
      // help the user, and its cause may hold what the container printed, unmasked.
      ProviderStartException said = new ProviderStartException(secrets.mask(failure.getMessage()));
      said.setStackTrace(new StackTraceElement[0]);
      throw said;
    } finally {
      if (wait != null) {
        container.setWaitStrategy(wait);
      }
    }
  }

  /** The user's wait strategy, which Testcontainers keeps behind a protected getter. */
  private WaitStrategy waitStrategy() {
    try {
      Method getter =
          ReflectionSupport.findMethod(GenericContainer.class, "getWaitStrategy").orElse(null);
      return getter == null
          ? null
          : (WaitStrategy) ReflectionSupport.invokeMethod(getter, container);
    } catch (RuntimeException e) {
      LOG.debug("Cannot read the container's wait strategy: {}", e.toString());
      return null; // then an exit is noticed only when the wait gives up
    }
  }

  private synchronized void keep(OutputFrame frame) {
    if (frame.getType() == OutputFrame.OutputType.END) {
      return;
    }
    for (String line : frame.getUtf8StringWithoutLineEnding().split("\\R", -1)) {
      tail.addLast(line);
      if (tail.size() > TAIL_LINES) {
        tail.removeFirst();
      }
    }
  }

  private synchronized String tail() {
    return String.join("\n", tail);
  }

  /**
   * The user's wait, on a thread of its own, while this one looks at the container four times a
   * second: a container that has exited will never be ready.
   */
  private final class ExitWatch implements WaitStrategy {
    private final WaitStrategy delegate;

    ExitWatch(WaitStrategy delegate) {
      this.delegate = delegate;
    }

    @Override
    public void waitUntilReady(WaitStrategyTarget target) {
      FutureTask<Void> ready =
          new FutureTask<>(
              () -> {
                delegate.waitUntilReady(target);
                return null;
              });
      Thread waiting = new Thread(ready, "pact-junit5-wait");
      waiting.setDaemon(true);
      waiting.start();
      try {
        while (true) {
          try {
            ready.get(250, TimeUnit.MILLISECONDS);
            return;
          } catch (TimeoutException notYet) {
            var state = target.getCurrentContainerInfo().getState();
            if (!Boolean.TRUE.equals(state.getRunning())) {
              Long code = state.getExitCodeLong();
              exitCode = code == null ? OptionalLong.empty() : OptionalLong.of(code);
              throw new ContainerLaunchException(
                  "the container exited with code " + state.getExitCodeLong());
            }
          }
        }
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new ContainerLaunchException("waiting failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ContainerLaunchException("interrupted while waiting for the container", e);
      } finally {
        ready.cancel(true);
      }
    }

    @Override
    public WaitStrategy withStartupTimeout(Duration timeout) {
      delegate.withStartupTimeout(timeout);
      return this;
    }
  }

  /** The container's output as it comes, for a {@link io.pactcontainers.provider.OutputSource}. */
  static void follow(GenericContainer<?> c, Consumer<String> text) {
    c.followOutput(
        frame -> {
          if (frame.getType() != OutputFrame.OutputType.END) {
            text.accept(frame.getUtf8String());
          }
        });
  }
}
