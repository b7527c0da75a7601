// Starts the Broker stand-in (its links under http://broker.invalid:<its port>, a host that resolves nowhere)
// and the recording proxy that alone maps that host to it, wanting credentials; waits until both answer.
// Both ports are free ones the build reserved (profile run-its of pact-maven-plugin/pom.xml).
String standInPort = brokerThroughSettingsXmlProxyPort
String proxyPort = settingsXmlProxyPort
// settings.xml (-gs, not filtered by the invoker, and Maven reads <port> before it interpolates) gets its port here.
def settings = new File(basedir, 'settings.xml')
settings.text = settings.text.replace('@it.port.settings-xml-proxy@', proxyPort)
def java = System.getProperty('java.home') + '/bin/java'
def start = { String name, List<String> args ->
  def log = new File(basedir, "${name}.log")
  new ProcessBuilder([java, '-cp', standInClasspath] + args).redirectErrorStream(true).redirectOutput(log).start()
  return log
}
def standInLog = start('standin', ['io.pactcontainers.broker.BrokerStandInMain', standInPort,
    new File(basedir, 'broker-pacts/versions.json').path, '', 'http://broker.invalid:' + standInPort])
def proxyLog = start('proxy', ['io.pactcontainers.broker.RecordingProxyMain', proxyPort,
    'broker.invalid:' + standInPort, 'http://127.0.0.1:' + standInPort, 'builder', 'it-pr0xy-pass-9432'])
def up = { String url -> try { new URL(url).text; true } catch (IOException e) { false } }
for (int i = 0; i < 200 && !(up("http://127.0.0.1:${standInPort}/_standin/requests") && up("http://127.0.0.1:${proxyPort}/_proxy/passed")); i++) {
  sleep(50)
}
if (!up("http://127.0.0.1:${standInPort}/_standin/requests") || !up("http://127.0.0.1:${proxyPort}/_proxy/passed")) {
  throw new IllegalStateException('the stand-in or the proxy did not start: ' + standInLog.text + proxyLog.text)
}
return true
