def log = new File(basedir, 'build.log').text
// Build 1: the messages from KitchenMessages' methods, no provider configured nor started.
assert log.contains('Pact verification of "grill-chef": 3 passed, 0 failed, 0 errored')
assert log =~ /OK      (\[\d+\/\d+\] )?till #0 "an order was paid"/
assert !log.contains('Starting provider')
// Build 2: an HTTP interaction with no provider is a build error naming it and what to give.
assert log.contains('No provider is given, but the pacts have interactions that need one ("a look at order 7, a medium steak")')
assert log.contains('give <provider> (<image>, <dockerfile> or <baseUrl>), or <messageProviders> (a class with @MessageProvider methods) for each message')
assert !log.contains('at io.pactcontainers') // no stack trace
return true
