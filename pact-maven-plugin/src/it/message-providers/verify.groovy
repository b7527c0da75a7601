def log = new File(basedir, 'build.log').text
// The HTTP pact against the container, the three messages from KitchenMessages' methods.
assert log.contains('Pact verification of "grill-chef": 4 passed, 0 failed, 0 errored')
assert log =~ /OK      (\[\d+\/\d+\] )?till #0 "an order was paid"/
assert log =~ /OK      (\[\d+\/\d+\] )?display #1 "how long for a steak"/
// No message was asked of the provider over HTTP: it has no endpoint for them.
def access = new File(basedir, 'target/pact/logs/grill-chef.log').text
assert !access.contains('/_pact/message')
assert access.contains('GET /steaks/orders/7')
return true
