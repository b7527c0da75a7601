def log = new File(basedir, 'build.log').text
assert log.contains('Starting sidecar db (pactcontainers/redis:bookworm)')
assert log.contains('Building provider image from')
assert log.contains('2 passed, 0 failed, 0 errored')
assert new File(basedir, 'target/pact/logs/db.log').text.contains('Ready to accept connections')
// nothing left behind: containers, the network, the built image
// (this build's only, by their project label: the engine may be shared with another build)
def ours = { List<String> list ->
  (list + ['--filter', 'label=io.pactcontainers.tool',
           '--format', '{{.ID}} {{.Label "io.pactcontainers.project"}}']).execute().text.readLines()
      .findAll { it.contains(basedir.absolutePath) }
}
def ps = ours(['docker', 'ps', '-a'])
assert ps.isEmpty() : "containers left: " + ps
def networks = ours(['docker', 'network', 'ls'])
assert networks.isEmpty() : "networks left: " + networks
def images = ['docker', 'images', '-q', '--filter', 'reference=pactcontainers-build/*'].execute().text.trim()
assert images.isEmpty() : "built images left: " + images
