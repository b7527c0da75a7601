import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def full = new JsonSlurper().parse(new File(basedir, 'target/pact/matrix/matrix.json'))
assert full.images == ['pactcontainers/example-grill-chef:2.0', 'pactcontainers/example-grill-chef:1.0']
assert full.cells.size() == 4
assert full.cells.find { it.image.endsWith(':2.0') && it.column == 'sous-chef@1.0.0' }.outcome == 'failed'
assert full.cells.findAll { it.outcome == 'passed' }.size() == 3
def slice = new JsonSlurper().parse(new File(basedir, 'target/slice/matrix/matrix.json'))
assert slice.images == ['pactcontainers/example-grill-chef:1.0']
assert slice.cells*.outcome == ['passed', 'passed']
assert new File(basedir, 'target/pact/matrix/matrix.html').text.contains('data-outcome="failed"')
// The invoker keeps the last invocation's log: the slice, which passed
assert log.contains('BUILD SUCCESS')
assert log.contains('| pactcontainers/example-grill-chef:1.0 | passed 2/2 | passed 2/2 |')
return true
