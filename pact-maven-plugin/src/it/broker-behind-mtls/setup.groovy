// Starts the Broker stand-in behind an mTLS gateway (from the library's test-jar) as a process; it
// makes the certificates in certs/ first. Waits until the gateway accepts connections.
def java = System.getProperty('java.home') + '/bin/java'
def log = new File(basedir, "standin.log")
new ProcessBuilder(java, '-cp', standInClasspath, 'io.pactcontainers.broker.MutualTlsBrokerMain', brokerBehindMtlsPort, brokerBehindMtlsControlPort,
    new File(basedir, 'broker-pacts/versions.json').path, new File(basedir, 'certs').path)
    .redirectErrorStream(true).redirectOutput(log).start()
for (int i = 0; i < 400; i++) {
  try { new Socket('127.0.0.1', brokerBehindMtlsPort as int).close(); return true } catch (IOException e) { sleep(50) }
}
throw new IllegalStateException('the Broker stand-in behind mTLS did not start: ' + log.text)
