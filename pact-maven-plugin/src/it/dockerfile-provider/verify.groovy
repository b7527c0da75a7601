def log = new File(basedir, 'build.log').text
assert log.contains('Building provider image from')
assert log.contains('Pact waiter -> tip-calculator (2.0.0, 1 interaction)')
assert log.contains('1 passed, 0 failed, 0 errored')
def images = ['docker', 'images', '-q', '--filter', 'reference=pactcontainers-build/*'].execute().text.trim()
assert images.isEmpty() : "built images left: " + images
// -Dpact.timings=true: one line per phase, "+<start> ms  <phase> (<duration> ms)", after the heading
// (a moment, such as the first request, has no duration)
def timings = log.substring(log.indexOf('Timings (-Dpact.timings), from the goal\'s start:'))
['pacts read', 'Docker found', 'images checked', 'leftovers swept', 'provider image built',
 'provider container created', 'provider container started, port mapped',
 'provider answered the readiness probe', 'first request', 'interactions verified, to the last answer',
 'containers removed', 'reports written'].each { phase ->
  assert timings =~ /(?m)^\[INFO\] +\+\d+ ms  ${java.util.regex.Pattern.quote(phase)}( \(\d+ ms\))?$/ : "no timing line for: $phase"
}
true // (the script's value: invoker counts anything but true or null as a failure)
