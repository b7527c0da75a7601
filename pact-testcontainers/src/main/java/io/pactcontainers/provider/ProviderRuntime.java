package io.pactcontainers.provider;

import java.net.URI;

/** A provider ready to take requests. Closing it removes whatever was started for it. */
public interface ProviderRuntime extends AutoCloseable {

  URI baseUrl();

  /** The last lines the provider logged, to show when something fails; empty when unknown. */
  String logTail(int lines);

  @Override
  void close();
}
