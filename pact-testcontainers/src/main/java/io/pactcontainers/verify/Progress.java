package io.pactcontainers.verify;

import java.time.Duration;

/**
 * How far a run has come: shown as {@code [120/1000]} beside each interaction once a run is long
 * enough for someone to wait on it.
 *
 * @param done interactions verified so far, this one included
 * @param total interactions the run will verify
 * @param elapsed since the run started
 */
public record Progress(int done, int total, Duration elapsed) {}
