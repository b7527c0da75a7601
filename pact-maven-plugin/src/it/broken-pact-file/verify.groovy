def log = new File(basedir, 'build.log').text
assert log.contains('Invalid pact file ' + new File(basedir, 'pacts/sous-chef-grill-chef.json').path)
assert log.contains('interaction #1 "an order for a well-done steak"')
assert log.contains('at $.interactions[1].response.status: expected an integer, found "four hundred and twenty-two" (a string)')
assert !log.contains('Starting provider') // bad input is caught before any container starts
assert log.contains('BUILD FAILURE')
assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException') // bad input is an error
assert !log.contains('NoClassDefFoundError')
assert !(log =~ /(?m)^\s+at [a-z]/)
