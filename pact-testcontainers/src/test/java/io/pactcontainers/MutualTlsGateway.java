package io.pactcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * An mTLS gateway for tests, as a mesh sidecar or a company's gateway is: HTTPS in front of a plain
 * HTTP server (the Broker stand-in), refusing the TLS handshake of a client without a certificate
 * its CA signed, with the TLS alert real servers send (the JDK's own {@code HttpsServer} closes
 * without one). Bytes are passed through both ways.
 */
public final class MutualTlsGateway implements AutoCloseable {
  private final SSLServerSocket server;
  private final Thread acceptor;

  /**
   * @param tls the gateway's certificate, and the CA its clients' certificates must be signed by
   * @param target where the plain HTTP server listens
   */
  public MutualTlsGateway(SSLContext tls, URI target) throws IOException {
    this(tls, target, 0);
  }

  /**
   * @param tls the gateway's certificate, and the CA its clients' certificates must be signed by
   * @param target where the plain HTTP server listens
   * @param port the gateway's port; 0: any free one
   */
  public MutualTlsGateway(SSLContext tls, URI target, int port) throws IOException {
    server =
        (SSLServerSocket)
            tls.getServerSocketFactory()
                .createServerSocket(port, 50, InetAddress.getLoopbackAddress());
    server.setNeedClientAuth(true);
    acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  SSLSocket client = (SSLSocket) server.accept();
                  Thread t = new Thread(() -> serve(client, target), "mtls-gateway-conn");
                  t.setDaemon(true);
                  t.start();
                } catch (IOException e) {
                  return; // closed
                }
              }
            },
            "mtls-gateway");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The gateway's URL: https on loopback. */
  public URI url() {
    return URI.create("https://127.0.0.1:" + server.getLocalPort());
  }

  private static void serve(SSLSocket client, URI target) {
    try (client;
        Socket upstream = new Socket(target.getHost(), target.getPort())) {
      client.startHandshake(); // a refusal sends its alert here
      Thread up = pipe(client.getInputStream(), upstream.getOutputStream());
      pipe(upstream.getInputStream(), client.getOutputStream()).join();
      up.join(1000);
    } catch (IOException | InterruptedException e) {
      // the client was refused, or went away
    }
  }

  private static Thread pipe(InputStream in, OutputStream out) {
    Thread t =
        new Thread(
            () -> {
              try {
                in.transferTo(out);
                out.flush();
              } catch (IOException e) {
                // one side closed
              }
            },
            "mtls-gateway-pipe");
    t.setDaemon(true);
    t.start();
    return t;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
