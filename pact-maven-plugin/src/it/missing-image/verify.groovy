def log = new File(basedir, 'build.log').text
assert log.contains('Image not found locally: pactcontainers/no-such-provider:9.9 (pull policy "never"); build or pull it first, or change <provider><image>')
// A Docker problem is a build error (MojoExecutionException), not a broken contract.
assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
// One clear message: no stack trace, not even from Testcontainers' shutdown hook after the build.
assert !log.contains('NoClassDefFoundError')
assert !(log =~ /(?m)^\s+at [a-z]/)
