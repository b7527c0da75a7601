package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.Interaction;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The request as it goes out: the configured headers set where they belong for the interaction's
 * consumer, then the user's request filters in order, each bounded by the request timeout.
 */
final class RequestShaper {
  /** Runs the user's filters, each on a thread of its own so that one that hangs can be left. */
  private static final ExecutorService FILTERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "pact-request-filter");
            t.setDaemon(true);
            return t;
          });

  private final List<RequestHeader> headers;
  private final List<RequestFilter> filters;
  private final List<RequestHook> hooks;
  private final Duration requestTimeout;

  RequestShaper(
      List<RequestHeader> headers,
      List<RequestFilter> filters,
      List<RequestHook> hooks,
      Duration requestTimeout) {
    this.headers = List.copyOf(headers);
    this.filters = List.copyOf(filters);
    this.hooks = List.copyOf(hooks);
    this.requestTimeout = requestTimeout;
  }

  /**
   * The request shaped for this consumer. A filter's exception is this interaction's error, naming
   * the filter (its class is the user's, not ours).
   */
  HttpRequest shaped(String consumer, Interaction interaction, HttpRequest generated) {
    HttpRequest request = generated;
    for (RequestHeader h : headers) {
      request = request.withHeaders(h.applyTo(consumer, request.headers()));
    }
    for (RequestHook hook : hooks) {
      request = hooked(hook, consumer, interaction, request);
    }
    for (RequestFilter f : filters) {
      request = filtered(f, request);
      if (request == null) {
        throw new RequestFilterException(f, (RuntimeException) null);
      }
    }
    return request;
  }

  /**
   * The headers the configuration and the request filters set or changed: they go to the provider's
   * origin only, never where a redirect leads elsewhere.
   */
  static Set<String> setByUs(HttpRequest generated, HttpRequest shaped) {
    Set<String> names = new HashSet<>();
    shaped
        .headers()
        .values()
        .forEach(
            (name, values) -> {
              if (!values.equals(generated.headers().all(name))) {
                names.add(name);
              }
            });
    return names;
  }

  /** The configured headers the state calls of this consumer's interactions carry. */
  List<Map.Entry<String, String>> stateCallHeaders(String consumer) {
    return headers.stream()
        .filter(h -> h.stateCalls() && h.appliesTo(consumer))
        .map(h -> Map.entry(h.name(), h.value()))
        .toList();
  }

  /**
   * The hook's request, on this thread (the test's own in the JUnit 5 extension, where the user's
   * mocks and thread-locals are): a hook that throws, or returns no request, errs the interaction.
   */
  private static HttpRequest hooked(
      RequestHook hook, String consumer, Interaction interaction, HttpRequest request) {
    HttpRequest changed;
    try {
      changed = hook.beforeRequest(consumer, interaction, request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RequestHookException(hook.describedAs() + " was interrupted");
    } catch (Exception e) {
      throw new RequestHookException(
          hook.describedAs() + " threw " + e + "; the request was not sent");
    }
    if (changed == null) {
      throw new RequestHookException(
          hook.describedAs() + " returned no request; return the request to send");
    }
    return changed;
  }

  /** A before-request hook threw, or returned no request: the interaction cannot be sent. */
  static final class RequestHookException extends PactContainersException {
    private static final long serialVersionUID = 1L;

    RequestHookException(String message) {
      super(message);
    }
  }

  /**
   * The filter's request, bounded by the request timeout: a filter that hangs (a token service that
   * does not answer) errs this interaction naming it, instead of holding the run forever.
   */
  private HttpRequest filtered(RequestFilter f, HttpRequest request) {
    Future<HttpRequest> applied = FILTERS.submit(() -> f.apply(request));
    try {
      return applied.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new RequestFilterException(
          f, e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e.getCause()));
    } catch (TimeoutException e) {
      applied.cancel(true);
      throw new RequestFilterException(f, requestTimeout);
    } catch (InterruptedException e) {
      applied.cancel(true);
      Thread.currentThread().interrupt();
      throw new RequestFilterException(f, new RuntimeException("interrupted"));
    }
  }

  /** A request filter threw, or returned no request: the interaction cannot be sent. */
  static final class RequestFilterException extends PactContainersException {
    private static final long serialVersionUID = 1L;

    RequestFilterException(RequestFilter filter, RuntimeException cause) {
      super(
          "The request filter "
              + filterName(filter)
              + (cause == null
                  ? " returned no request"
                  : " threw " + cause.getClass().getName() + ": " + cause.getMessage())
              + "; the request was not sent",
          cause);
    }

    RequestFilterException(RequestFilter filter, Duration timeout) {
      super(
          "The request filter "
              + filterName(filter)
              + " did not return within "
              + timeout.toMillis()
              + " ms (the request timeout); the request was not sent: make the filter faster"
              + " or raise the request timeout");
    }

    private static String filterName(RequestFilter filter) {
      String name = filter.getClass().getName();
      // A lambda's class name says nothing ("...$$Lambda$12/0x..."): its enclosing class does.
      return filter.getClass().isSynthetic() ? name.replaceAll("\\$\\$Lambda.*", "") : name;
    }
  }
}
