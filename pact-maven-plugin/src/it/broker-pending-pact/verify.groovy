import groovy.json.JsonSlurper

try {
  def log = new File(basedir, 'build.log').text
  assert log.contains('(pending)')
  assert log.contains('This pact is in pending state for this version of grill-chef')
  assert log =~ /FAILED  \(pending, not counted\) (\[\d+\/\d+\] )?sous-chef #0 "an order for a medium-rare steak, served faster"/
  assert log.contains('[PENDING] FAILED #0 "an order for a medium-rare steak, served faster"')
  assert log.contains('$.waitingTime: expected 3 (an integer), found 10 (an integer)')
  assert log.contains('0 passed, 1 failed, 0 errored (1 of the failures pending, not counted)')
  assert log.contains('Published failed verification of pact between sous-chef and grill-chef')
  // grill-chef has no version in production, and a consumer needs its provider there first (pact_broker's
  // integrations_repository.rb: "consumer requires the provider to be present")
  assert log.contains('Computer says no: sous-chef 1.1.0 to production is not known to be safe: There is no verified pact between'
      + ' version 1.1.0 of sous-chef and a version of grill-chef currently in production')
  def results = new JsonSlurper().parse(new URL("http://127.0.0.1:${brokerPendingPactPort}/_standin/verifications"))
  assert results.size() == 1
  assert results[0].body.success == false
  assert results[0].body.testResults[0].mismatches[0].attribute == 'body'
} finally {
  new URL("http://127.0.0.1:${brokerPendingPactPort}/_standin/shutdown").openConnection().with { requestMethod = 'POST'; inputStream.text }
}
return true
