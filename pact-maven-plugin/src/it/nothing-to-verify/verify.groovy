def log = new File(basedir, 'build.log').text
assert log.contains('Nothing to verify for provider "grill-chef": no pact for this provider in directory ' + new File(basedir, 'pacts').path)
assert log.contains('(its provider is "salad-chef", not "grill-chef")')
// A pact of another provider is most likely a wrong name: that comes first, and allowEmpty is a warning.
assert log.contains("If they are this provider's pacts, set <providerName> (-Dpact.provider.name) to the name they give it; <allowEmpty> would make this run pass having verified nothing")
assert !log.contains('to let such a run pass')
assert log.contains('BUILD FAILURE')
assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException') // no contract broken: an error
assert !(log =~ /(?m)^\s+at [a-z]/)
