package io.pactcontainers.provider;

/** What is verified: a provider container we start, or a provider already running at a URL. */
public sealed interface ProviderTarget permits ProviderContainer, RunningProvider {}
