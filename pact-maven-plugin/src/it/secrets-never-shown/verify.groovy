try {
  def log = new File(basedir, 'build.log').text
  assert log.contains('$.user: expected "sous-chef" (a string), found "****" (a string)')
  assert log.contains('MojoFailureException')
  assert !log.contains('it-real-t0ken-5150')
  new File(basedir, 'target/pact').eachFileRecurse { f ->
    if (f.isFile()) {
      assert !f.getText('ISO-8859-1').contains('it-real-t0ken-5150') : "the token is in ${f}"
    }
  }
  assert new File(basedir, 'target/pact/reports/echo-provider.json').text.contains('****')
  // the curl command that sends the request again carries the header as a variable, in the log and every report
  assert log.contains('-H "Authorization: $PACT_HEADER_AUTHORIZATION"')
  // where to find the value: the element it came from
  assert log.contains('# export PACT_HEADER_AUTHORIZATION first: the value of <requestHeaders><Authorization>, a secret not shown here')
  assert new File(basedir, 'target/pact/reports/echo-provider.html').text.contains('-H &quot;Authorization: $PACT_HEADER_AUTHORIZATION&quot;')
  assert new File(basedir, 'target/pact/reports/TEST-consumer-echo-provider.xml').text.contains('-H "Authorization: $PACT_HEADER_AUTHORIZATION"')
} finally {
  try { new URL("http://127.0.0.1:${secretsNeverShownPort}/_stop").text } catch (IOException ignored) {}
}
return true
