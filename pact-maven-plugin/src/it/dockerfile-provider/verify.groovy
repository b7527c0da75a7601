def log = new File(basedir, 'build.log').text
assert log.contains('Building provider image from')
assert log.contains('Pact waiter -> tip-calculator (2.0.0, 1 interaction)')
assert log.contains('1 passed, 0 failed, 0 errored')
def images = ['docker', 'images', '-q', '--filter', 'reference=pactcontainers-build/*'].execute().text.trim()
assert images.isEmpty() : "built images left: " + images
