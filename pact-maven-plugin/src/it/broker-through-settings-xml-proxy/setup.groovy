// Starts the Broker stand-in (its links under http://broker.invalid:9431, a host that resolves nowhere)
// and the recording proxy that alone maps that host to it, wanting credentials; waits until both answer.
def java = System.getProperty('java.home') + '/bin/java'
def start = { String name, List<String> args ->
  def log = new File(basedir, "${name}.log")
  new ProcessBuilder([java, '-cp', standInClasspath] + args).redirectErrorStream(true).redirectOutput(log).start()
  return log
}
def standInLog = start('standin', ['io.pactcontainers.broker.BrokerStandInMain', '9431',
    new File(basedir, 'broker-pacts/versions.json').path, '', 'http://broker.invalid:9431'])
def proxyLog = start('proxy', ['io.pactcontainers.broker.RecordingProxyMain', '9432',
    'broker.invalid:9431', 'http://127.0.0.1:9431', 'builder', 'it-pr0xy-pass-9432'])
def up = { String url -> try { new URL(url).text; true } catch (IOException e) { false } }
for (int i = 0; i < 200 && !(up('http://127.0.0.1:9431/_standin/requests') && up('http://127.0.0.1:9432/_proxy/passed')); i++) {
  sleep(50)
}
if (!up('http://127.0.0.1:9431/_standin/requests') || !up('http://127.0.0.1:9432/_proxy/passed')) {
  throw new IllegalStateException('the stand-in or the proxy did not start: ' + standInLog.text + proxyLog.text)
}
return true
