def log = new File(basedir, 'build.log').text
assert log.contains('Pact sous-chef -> grill-chef (3.0.0, 3 interactions)')
assert log.contains('OK     #0 "an order for a medium-rare steak"')
assert log.contains('Pact verification of "grill-chef": 3 passed, 0 failed, 0 errored')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pact/reports/grill-chef.json'))
assert report.successful == true
assert report.pacts[0].interactions.size() == 3
assert new File(basedir, 'target/pact/logs/grill-chef.log').text.contains('POST /steaks/')
