// Starts the Broker stand-in (from the library's test-jar) as a process, and waits until it answers.
def java = System.getProperty('java.home') + '/bin/java'
def log = new File(basedir, "standin.log")
new ProcessBuilder(java, '-cp', standInClasspath, 'io.pactcontainers.broker.BrokerStandInMain', brokerFromZeroPort,
    new File(basedir, 'broker-pacts/versions.json').path, 'Bearer it-zero-token-5151')
    .redirectErrorStream(true).redirectOutput(log).start()
for (int i = 0; i < 200; i++) {
  try { new URL("http://127.0.0.1:${brokerFromZeroPort}/_standin/requests").text; return true } catch (IOException e) { sleep(50) }
}
throw new IllegalStateException('the Broker stand-in did not start: ' + log.text)
