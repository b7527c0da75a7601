import groovy.json.JsonSlurper

def standIn = { path -> new JsonSlurper().parse(new URL("http://127.0.0.1:${brokerFromZeroPort}/_standin/${path}")) }
try {
  def log = new File(basedir, 'build.log').text
  assert log =~ /Created production environment in the Pact Broker with UUID [0-9a-f-]{36}/
  // The Broker knows grill-chef from the consumer's pact: the main branch is set on it.
  assert log.contains('Pacticipant "grill-chef" updated in the Pact Broker')
  assert log.contains('Main Branch: main')
  assert log.contains('Repository Url: https://git.example.com/grill-chef')
  assert log.contains('3 passed, 0 failed, 0 errored')
  assert log.contains('Published successful verification of pact between sous-chef and grill-chef for grill-chef version 3.2.1')
  assert log.contains('Recorded grill-chef 3.2.1 as deployed to production')
  assert log =~ /3\.2\.1\s+\| main\s+\|/ // describe-version: the latest of branch main
  assert log =~ /\| production \| Production\s+\| true/
  assert log =~ /sous-chef\s+1\.0\.0\s+grill-chef\s+3\.2\.1\s+success/
  assert log.contains('Computer says yes \\o/ : sous-chef 1.0.0 to production')
  assert !log.contains('it-zero-token-5151')
  assert standIn('deployments') == ['grill-chef 3.2.1 deployed production']
  def requests = standIn('requests')
  assert requests.any { it.startsWith('PATCH /pacticipants/grill-chef') }
  assert requests.any { it.startsWith('POST /environments') }
} finally {
  new URL("http://127.0.0.1:${brokerFromZeroPort}/_standin/shutdown").openConnection().with { requestMethod = 'POST'; inputStream.text }
}
return true
