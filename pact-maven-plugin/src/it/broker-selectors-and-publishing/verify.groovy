import groovy.json.JsonSlurper

def standIn = { path -> new JsonSlurper().parse(new URL("http://127.0.0.1:${brokerSelectorsAndPublishingPort}/_standin/${path}")) }
try {
  def log = new File(basedir, 'build.log').text
  assert log.contains('was selected: latest version of sous-chef from the main branch \'main\' (1.0.0)')
  assert log.contains('was selected: version(s) deployed or released (2.0.0)')
  assert log.contains('is being verified because the pact content belongs to the consumer version matching')
  assert !log.contains('served faster') // the feature branch's pact was not selected
  assert log.contains('4 passed, 0 failed, 0 errored')
  assert log.contains('Recorded grill-chef version 3.2.1 on branch main')
  assert log.contains('Published successful verification of pact between sous-chef and grill-chef for grill-chef version 3.2.1')
  assert log.contains('Recorded grill-chef 3.2.1 as deployed to production')
  assert log.contains('Computer says yes \\o/ : sous-chef 1.0.0 to production')
  assert log =~ /sous-chef\s+1\.0\.0\s+grill-chef\s+3\.2\.1\s+success/
  assert log.contains('SUCCESS: All required verification results are published and successful')
  assert !log.contains('it-secret-token-4242')
  assert !new File(basedir, 'target/pact/reports/grill-chef.json').text.contains('it-secret-token-4242')

  def results = standIn('verifications')
  assert results.size() == 2
  assert results.every { it.body.success == true && it.body.providerApplicationVersion == '3.2.1' }
  assert results.every { it.body.buildUrl == 'https://ci.example.com/builds/77' }
  assert results.every { it.body.verifiedBy.implementation == 'pact-testcontainers' }
  assert results.find { it.consumer == 'sous-chef' }.body.testResults.size() == 3
  assert standIn('branches')['grill-chef@3.2.1'] == 'main'
  assert standIn('deployments') == ['grill-chef 3.2.1 deployed production']
} finally {
  new URL("http://127.0.0.1:${brokerSelectorsAndPublishingPort}/_standin/shutdown").openConnection().with { requestMethod = 'POST'; inputStream.text }
}
return true
