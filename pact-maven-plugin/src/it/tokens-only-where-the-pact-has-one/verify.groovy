def log = new File(basedir, 'build.log').text
// One execution, every interaction right: tokens only where the pact has one, one per consumer,
// orders signed by the filter.
assert log.contains('Pact verification of "pantry": 7 passed, 0 failed, 0 errored')
// The second execution verified its one interaction into a folder of its own.
assert log.contains('Pact verification of "pantry": 1 passed, 0 failed, 0 errored')
def all = new File(basedir, 'target/pact/reports/pantry.json')
def ordersOnly = new File(basedir, 'target/pact/orders-only/reports/pantry.json')
assert all.isFile() && ordersOnly.isFile()
assert new groovy.json.JsonSlurper().parse(all).pacts.sum { it.interactions.size() } == 7
assert new groovy.json.JsonSlurper().parse(ordersOnly).pacts.sum { it.interactions.size() } == 1
assert new File(basedir, 'target/pact/orders-only/logs').isDirectory()
// Its <reports>: JSON and the team's own class from src/test/java, nothing else.
def team = new File(basedir, 'target/pact/orders-only/reports/pantry.team.txt')
assert team.text == 'pantry: 1 interaction(s), verified\n'
assert !new File(basedir, 'target/pact/orders-only/reports/pantry.html').exists()
// The minted tokens (client.time.mac) are never shown, in the log or in any file the run wrote.
def minted = ~/(web|mobile)\.1[0-9]{9}\.[0-9a-f]{64}/
assert !(log =~ minted).find()
new File(basedir, 'target/pact').eachFileRecurse { f ->
  if (f.isFile()) {
    assert !(f.getText('ISO-8859-1') =~ minted).find() : "a token is in ${f}"
  }
}
return true
