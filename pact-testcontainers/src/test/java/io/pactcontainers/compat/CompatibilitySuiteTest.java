package io.pactcontainers.compat;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the Pact compatibility suite's provider features through Cucumber. Which folder, glue and
 * filter: the system properties {@code cucumber.*} that the build sets (the folder from {@code
 * pact.compat.features}).
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("io.pactcontainers.compat")
class CompatibilitySuiteTest {}
