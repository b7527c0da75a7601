def log = new File(basedir, 'build.log').text
assert log.contains('Pact verification skipped (pact.skip)')
assert !log.contains('Starting provider') && !log.contains('no-such-image')
assert !new File(basedir, 'target/pact').exists() // no logs, no reports: nothing ran
assert log.contains('BUILD SUCCESS')
return true
