def log = new File(basedir, 'build.log').text
assert log.contains('Image not found locally: pactcontainers/no-such-provider:9.9 (pull policy "never"); build or pull it first, or change <provider><image>')
assert log.contains('BUILD ERROR') || log.contains('BUILD FAILURE')
