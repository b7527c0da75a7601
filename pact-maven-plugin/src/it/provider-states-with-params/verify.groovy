def log = new File(basedir, 'build.log').text
assert log =~ /OK      (\[\d+\/\d+\] )?sous-chef #0 "a look at order 7, a medium steak"/
assert log.contains('1 passed, 0 failed, 0 errored')
def access = new File(basedir, 'target/pact/logs/grill-chef.log').text
// the path came from the state setup's answer, not from the pact's example
assert access.contains('GET /steaks/orders/7')
assert !access.contains('/steaks/orders/999')
assert access.findAll('POST /_pact/state').size() == 4 // two states, set up and torn down
