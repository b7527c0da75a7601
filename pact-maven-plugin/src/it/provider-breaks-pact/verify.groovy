def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\]   FAILED  (\[\d+\/\d+\] )?sous-chef #0 "an order for a medium-rare steak" given "steaks are available" \(/
// How to reproduce it (the provider started again, the calls against it), and what the provider logged meanwhile
// the image pinned by its id (a tag rebuilt since would run another image), the tag in a comment
def imageId = 'docker image inspect -f {{.Id}} pactcontainers/example-grill-chef:latest'.execute().text.trim()
assert log.contains('[ERROR]       cid=$(docker run -d --rm -p 127.0.0.1::8000 ' + imageId + ') && PROVIDER=http://$(docker port "$cid" 8000/tcp | head -n 1)  # pactcontainers/example-grill-chef:latest, the image verified')
// -w '\n': the next prompt does not glue onto the body
assert log.contains("[ERROR]       curl -sS -i -X POST \"\$PROVIDER\"/steaks/ -H 'Content-Type: application/json' -H Accept: -H User-Agent: --data-binary '{\"cooking\":\"medium-rare\"}' -w '\\n'")
assert log.contains('[ERROR]       docker rm -f "$cid" >/dev/null  # afterwards')
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
