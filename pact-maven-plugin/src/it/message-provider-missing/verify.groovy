def log = new File(basedir, 'build.log').text
assert log =~ /OK      (\[\d+\/\d+\] )?display #0 "a steak is ready"/
// One error, naming the description and the class searched: a broken set-up, not a broken contract.
assert log.contains('No @MessageProvider method produces the message "how long for a steak" (searched'
    + ' it.kitchen.KitchenMessages); add a method annotated @MessageProvider("how long for a steak") that'
    + ' returns the message')
assert log.contains('Pact verification of "grill-chef": 1 passed, 0 failed, 1 errored')
assert !log.contains('Pact verification failed')
return true
