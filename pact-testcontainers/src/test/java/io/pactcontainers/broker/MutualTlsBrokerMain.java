package io.pactcontainers.broker;

import io.pactcontainers.MutualTlsCertificates;
import io.pactcontainers.MutualTlsGateway;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the Broker stand-in behind an mTLS gateway as a process, for the plugin's invoker builds:
 * {@code MutualTlsBrokerMain <gateway port> <stand-in port> <versions.json> <certificates folder>}.
 * The certificates (a CA, the gateway's, a client's in PEM and PKCS#12) are made in the folder
 * first; the stand-in answers plain HTTP on its own port for the build's checks, and stops on
 * {@code POST /_standin/shutdown} there.
 */
public final class MutualTlsBrokerMain {
  private MutualTlsBrokerMain() {}

  public static void main(String[] args) throws Exception {
    MutualTlsCertificates certs =
        MutualTlsCertificates.create(Files.createDirectories(Path.of(args[3])));
    BrokerStandIn broker = new BrokerStandIn(Integer.parseInt(args[1]));
    BrokerStandInMain.load(broker, Path.of(args[2]));
    try (MutualTlsGateway gateway =
        new MutualTlsGateway(
            certs.serverContext(), broker.directUrl(), Integer.parseInt(args[0]))) {
      broker.behind(gateway.url());
      System.out.println("Broker stand-in behind mutual TLS at " + gateway.url());
      broker.awaitShutdown();
    }
  }
}
