try {
  def log = new File(basedir, 'build.log').text
  assert log.contains('3 passed, 0 failed, 0 errored')
  assert log.contains('<broker><clientCertificate> cannot be used: cannot open ' + new File(basedir, 'certs/client.p12').path
      + ' with the password from the environment variable IT_UNSET_P12_PASSWORD, which is not set; set it to the file\'s password')
  assert !log.contains('p12-s3cret-word')
  assert !log.contains('\tat io.pactcontainers')
} finally {
  new URL("http://127.0.0.1:${brokerBehindMtlsControlPort}/_standin/shutdown").openConnection().with { requestMethod = 'POST'; inputStream.text }
}
