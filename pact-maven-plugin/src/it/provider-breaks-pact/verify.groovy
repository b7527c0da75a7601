def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\]   FAILED  (\[\d+\/\d+\] )?sous-chef #0 "an order for a medium-rare steak" given "steaks are available" \(/
// How to send it again, and what the provider logged meanwhile, under the failure
assert log.contains("[ERROR]       curl -sS -i -X POST http://")
assert log =~ /curl -sS -i -X POST http:\/\/[0-9.]+:[0-9]+\/steaks\/ -H 'Content-Type: application\/json' -H Accept: -H User-Agent: --data-binary '\{"cooking":"medium-rare"\}'/
assert log.contains("[ERROR]     The provider's log while it ran:")
assert log =~ /\[ERROR\]       \| .*"POST \/steaks\/ HTTP\/1.1" 201/
// The summary lists the failures again, per consumer
assert log.contains('Interactions that did not pass, per consumer:\n  sous-chef -> grill-chef:\n    FAILED #0 "an order for a medium-rare steak" given "steaks are available"')
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/pact/reports/TEST-sous-chef-grill-chef.xml'))
assert junit.@failures == '2'
assert junit.testcase[0].failure.@message == '$.waitingTime: expected 12 (an integer), found 10 (an integer)'
assert new File(basedir, 'target/pact/reports/grill-chef.html').text.contains('data-outcome="failed" open>')
assert log.contains('$.waitingTime: expected 12 (an integer), found 10 (an integer)')
assert log.contains('status: expected 400, found 422')
assert log.contains('Pact verification of "grill-chef": 0 passed, 2 failed, 0 errored')
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pact/reports/grill-chef.json'))
assert report.successful == false
assert report.pacts[0].interactions[0].mismatches[0].path == '$.waitingTime'
assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') // a broken contract is a failure
