/**
 * Verifies Pact providers that run as containers. The exported packages are the API a build plugin,
 * a test-framework extension or a command line uses: {@link io.pactcontainers.verify.Verifier} with
 * its {@link io.pactcontainers.verify.VerificationConfig}, the provider, pact source and Broker
 * configuration, the results and the listener. The other packages are internal.
 */
module io.pactcontainers {
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires org.apache.httpcomponents.core5.httpcore5;
  requires testcontainers;
  requires com.github.dockerjava.api;
  requires rgxgen;
  requires io.github.javadiffutils;
  requires java.net.http;
  requires java.xml;

  exports io.pactcontainers;
  exports io.pactcontainers.broker;
  exports io.pactcontainers.matrix;
  exports io.pactcontainers.message;
  exports io.pactcontainers.model;
  exports io.pactcontainers.provider;
  exports io.pactcontainers.report;
  exports io.pactcontainers.source;
  exports io.pactcontainers.state;
  exports io.pactcontainers.verify;
}
