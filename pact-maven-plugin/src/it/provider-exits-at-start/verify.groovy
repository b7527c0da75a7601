def log = new File(basedir, 'build.log').text
assert log.contains('Could not start provider image pactcontainers/example-grill-chef:latest: it exited with code 4 during start-up')
assert log.contains('cannot read /config/grill.yml')
assert log.contains('Check the image, its command and the wait settings (<waitFor>, <startupTimeout>)')
assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
assert !log.contains('Could not start container') // Testcontainers' own trace
assert !log.contains('InspectContainerResponse')
assert !log.contains('NoClassDefFoundError')
assert !(log =~ /(?m)^\s+at [a-z]/)
