def log = new File(basedir, 'build.log').text
assert log.contains('FAILED #0 "an order for a medium-rare steak"')
assert log.contains('sous-chef -> grill-chef, interaction #0 "an order for a medium-rare steak" given "steaks are available"')
assert log.contains('$.waitingTime: expected 12 (an integer), found 10 (an integer)')
assert log.contains('status: expected 400, found 422')
assert log.contains('Pact verification of "grill-chef": 0 passed, 2 failed, 0 errored')
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pact/reports/grill-chef.json'))
assert report.successful == false
assert report.pacts[0].interactions[0].mismatches[0].path == '$.waitingTime'
assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') // a broken contract is a failure
