// The invoker appends both runs to build.log: the first ends at its BUILD FAILURE.
def runs = new File(basedir, 'build.log').text.split('BUILD FAILURE')
def first = runs[0]
def second = runs[1]

// First run, -Dpact.failFast: stops at the first failure; the rest is not sent, an error, not a failure.
// (The [n/3] count shows only once a run is 2 s old: optional.)
assert first =~ /\[INFO\]   OK      (\[1\/3\] )?sous-chef #0 "a look at an order on the grill"/
assert first =~ /\[ERROR\]   FAILED  (\[2\/3\] )?sous-chef #1 "an order for a medium-rare steak"/
assert first.contains('[WARNING] Stopping: the run stopped at the first interaction that did not pass (#2), as <failFast> asks. The last interaction is not sent (errored, not failed)')
assert first =~ /\[ERROR\]   NOT SENT (\[3\/3\] )?sous-chef #2 "an order for a well-done steak"/
assert first.contains('Pact verification of "grill-chef": 1 passed, 1 failed, 1 errored (1 of them not sent: the run stopped)')

// Second run, -Dpact.lastFailed: only the two that did not pass (the failed one and the one not sent).
assert second.contains('[WARNING] Verifying only what did not pass in the last run (')
assert second.contains('sous-chef: "an order for a medium-rare steak", sous-chef: "an order for a well-done steak"; nothing is published')
assert second.contains('2 of 3 interactions in 1 pact: 1 left out by -Dpact.lastFailed (only the 2 that did not pass in ')
assert !second.contains('"a look at an order on the grill" (') // it passed: not sent again
assert second.contains('Pact verification of "grill-chef": 0 passed, 2 failed, 0 errored')
assert second.contains('(a partial run: ')
// pact-jvm's -Dpact.verification.reportDir, relative to the project: both runs' reports there, none in target/pact/reports.
assert first.contains("-Dpact.verification.reportDir (pact-jvm's name) is read as -Dpact.reportsDirectory")
assert second.contains('build/pact-reports/grill-chef.json')
assert !new File(basedir, 'target/pact/reports/grill-chef.json').exists()
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'build/pact-reports/grill-chef.json'))
assert report.partial == true
assert report.pacts[0].interactions*.description == ['an order for a medium-rare steak', 'an order for a well-done steak']
