import groovy.json.JsonSlurper

String standInPort = brokerThroughSettingsXmlProxyPort
String proxyPort = settingsXmlProxyPort
def standIn = { path -> new JsonSlurper().parse(new URL("http://127.0.0.1:${standInPort}/_standin/${path}")) }
try {
  def log = new File(basedir, 'build.log').text
  assert log.contains("The Pact Broker http://broker.invalid:${standInPort}/ is reached through the proxy 127.0.0.1:${proxyPort} (from settings.xml <proxy> corp)")
  assert log =~ /\d+ passed, 0 failed, 0 errored/
  assert log.contains('Published successful verification of pact between sous-chef and grill-chef for grill-chef version 4.1.0')
  assert !log.contains('it-pr0xy-pass-9432')
  new File(basedir, 'target/pact/reports').eachFile { assert !it.text.contains('it-pr0xy-pass-9432') }

  def passed = new URL("http://127.0.0.1:${proxyPort}/_proxy/passed").text.readLines()
  // The Broker was asked and told, all through the proxy, which wants credentials: they went with
  // every request (a Proxy-Authorization header), so the proxy never had to answer 407.
  assert !passed.any { it.startsWith('407 ') }
  assert passed.contains("GET http://broker.invalid:${standInPort}/" as String)
  assert passed.contains("POST http://broker.invalid:${standInPort}/pacts/provider/grill-chef/for-verification" as String)
  assert passed.any { it.startsWith("POST http://broker.invalid:${standInPort}/") && it.endsWith('/verification-results') }
  // The provider's container (replay, states, readiness, at the address the build says) never went
  // through it, though no nonProxyHosts exempts it.
  def provider = (log =~ /Provider ready at http:\/\/([^ ]+) in/)[0][1]
  assert !passed.any { it.contains(provider) || it.contains('/_pact/state') || it.contains('/health') }

  def results = standIn('verifications')
  assert results.size() >= 1
  assert results.every { it.body.success == true && it.body.providerApplicationVersion == '4.1.0' }
} finally {
  new URL("http://127.0.0.1:${standInPort}/_standin/shutdown").openConnection().with { requestMethod = 'POST'; inputStream.text }
  new URL("http://127.0.0.1:${proxyPort}/_proxy/shutdown").openConnection().with { requestMethod = 'POST'; inputStream.text }
}
return true
