import groovy.json.JsonSlurper

def standIn = { path -> new JsonSlurper().parse(new URL("http://127.0.0.1:${brokerWebhookPactUrlPort}/_standin/${path}")) }
try {
  def log = new File(basedir, 'build.log').text
  assert log.contains('1 passed, 0 failed, 0 errored')
  assert log.contains('an order for a well-done steak')
  assert !log.contains('medium-rare') // sous-chef's pacts were not asked for
  assert log.contains('Recorded grill-chef version 4.0.0 on branch main')
  assert log.contains('Published successful verification of pact between waiter and grill-chef for grill-chef version 4.0.0')
  assert !log.contains('it-webhook-token-7777')

  def requests = standIn('requests')
  assert !requests.any { it.contains('for-verification') } // the Broker did not select pacts
  def publish = requests.findIndexOf { it.endsWith('/verification-results') }
  assert requests.findIndexOf { it == 'PUT /pacticipants/grill-chef/branches/main/versions/4.0.0' } < publish
  def results = standIn('verifications')
  assert results.size() == 1
  assert results[0].consumer == 'waiter'
  assert results[0].body.success == true
  assert results[0].body.providerApplicationVersion == '4.0.0'
  assert results[0].body.testResults[0].interactionId.size() == 40 // the Broker's _id
} finally {
  new URL("http://127.0.0.1:${brokerWebhookPactUrlPort}/_standin/shutdown").openConnection().with { requestMethod = 'POST'; inputStream.text }
}
return true
