def log = new File(basedir, 'build.log').text
assert log.contains('Pact sous-chef -> grill-chef (3.0.0, 3 interactions)')
// [n/total] shows once the run is over 2 s old, as on a busy machine
assert log =~ /OK      (\[\d+\/\d+\] )?sous-chef #0 "an order for a medium-rare steak" given "steaks are available" \(/
// The console of a default run: about the pact, not about Testcontainers (its INFO lines go to a file), no colour with -B
assert !log.contains('Checking the system') && !log.contains('Connected to docker') && !log.contains('Found Docker environment')
assert !log.contains('Ryuk has been disabled') && !log.contains('lookup auth config') && !log.contains('Image name substitution')
assert !(log =~ /\u001b\[(1|3[0-9])m/) // Maven's own resets (ESC[0m) aside
def tcLog = new File(basedir, 'target/pact/logs/testcontainers.log').text
assert tcLog.contains('Found Docker environment') && tcLog.contains('Checking the system')
// Every default report format
['grill-chef.json', 'grill-chef.html', 'grill-chef.md', 'TEST-sous-chef-grill-chef.xml'].each {
  assert new File(basedir, "target/pact/reports/$it").isFile()
}
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/pact/reports/TEST-sous-chef-grill-chef.xml'))
assert junit.@tests == '3' && junit.@failures == '0' && junit.@errors == '0'
assert log.contains('Pact verification of "grill-chef": 3 passed, 0 failed, 0 errored')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pact/reports/grill-chef.json'))
assert report.successful == true
assert report.pacts[0].interactions.size() == 3
assert new File(basedir, 'target/pact/logs/grill-chef.log').text.contains('POST /steaks/')
