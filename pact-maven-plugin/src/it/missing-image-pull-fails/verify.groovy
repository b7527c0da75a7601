def log = new File(basedir, 'build.log').text
// One line naming the image, the engine's reason and what to do (Docker's error text ends in a newline)
assert log =~ /(?m)^\[ERROR\] Failed to execute goal .*Image not found locally and could not be pulled: pactcontainers\/no-such-provider:9\.9 \(.+\); build it locally or check <provider><image> and the registry -> \[Help 1\]$/
// Said once: docker-java's own "Error during callback" for the refused pull goes to testcontainers.log only
assert !log.contains('Error during callback')
assert new File(basedir, 'target/pact/logs/testcontainers.log').text.contains('Error during callback')
assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
assert !(log =~ /(?m)^\s+at [a-z]/)
