def log = new File(basedir, 'build.log').text
assert log.contains('Starting sidecar db (pactcontainers/redis:bookworm)')
assert log.contains('Building provider image from')
assert log.contains('2 passed, 0 failed, 0 errored')
assert new File(basedir, 'target/pact/logs/db.log').text.contains('Ready to accept connections')
// nothing left behind: containers, the network, the built image
def ps = ['docker', 'ps', '-aq'].execute().text.trim()
assert ps.isEmpty() : "containers left: " + ps
def images = ['docker', 'images', '-q', '--filter', 'reference=pactcontainers-build/*'].execute().text.trim()
assert images.isEmpty() : "built images left: " + images
