def log = new File(basedir, 'build.log').text
assert log.contains('Pact verification of "pantry": 2 passed, 3 failed, 0 errored')
// The two interactions recorded without a token got one: the false failures <replace>always</replace> makes.
assert log =~ /FAILED  (\[2\/5\] )?web #1 "the products without a token"/
assert log =~ /FAILED  (\[4\/5\] )?web #3 "who am I without a token"/
assert log.count('status: expected 401, found 200') == 4 // under each, and again in the summary
// The order: a fixed, wrong signature (not secret: shown) is refused.
assert log =~ /FAILED  (\[5\/5\] )?web #4 "a signed order"/
assert log.contains('status: expected 201, found 403')
assert log.contains("-H 'X-Signature: not-a-valid-signature'")
// Each failure reproduces after the build: the provider built and started again (secrets by name), then the calls
// against $PROVIDER with the token as a variable, then the clean-up.
assert log.contains('To reproduce it (bash): start the provider as the verifier did, then send the request:')
assert log.contains('# export ORDER_SIGNING_KEY TOKEN_SECRET_MOBILE TOKEN_SECRET_WEB first: secrets, not shown here')
// the token's command itself, run again where the build ran it
assert log =~ /export PACT_HEADER_AUTHORIZATION="\$\(cd \S+ && sh \.\.\/\.\.\/\.\.\/src\/it\/tokens-only-where-the-pact-has-one\/mint-token\.sh web\)"  # <headers><header> Authorization <command>/
// the printed path is normalised: no "target/it/.../../../src"
assert log.contains('docker build -q -t pact-repro-provider ' + new File(basedir, '../../../src/it/tokens-only-where-the-pact-has-one/provider').canonicalPath)
assert log.contains('cid=$(docker run -d --rm -p 127.0.0.1::8000 -e ORDER_SIGNING_KEY -e TOKEN_SECRET_MOBILE -e TOKEN_SECRET_WEB pact-repro-provider)')
assert log.contains('curl -sS -i "$PROVIDER"/products -H "Authorization: $PACT_HEADER_AUTHORIZATION"')
assert log.contains('docker rm -f "$cid" >/dev/null; docker rmi pact-repro-provider >/dev/null  # afterwards')
assert !log.contains('it-web-signing-secret') && !log.contains('it-order-signing-key')
def minted = ~/web\.1[0-9]{9}\.[0-9a-f]{64}/
assert !(log =~ minted).find()
def html = new File(basedir, 'target/pact/reports/pantry.html').text
// The request as sent beside the pact's: the token the pact did not have is visible as sent (as its variable).
assert html.contains('<h3>Request as sent</h3>')
assert html.contains('Authorization: $PACT_HEADER_AUTHORIZATION (secret)')
new File(basedir, 'target/pact').eachFileRecurse { f ->
  if (f.isFile()) {
    assert !(f.getText('ISO-8859-1') =~ minted).find() : "a token is in ${f}"
  }
}
return true
