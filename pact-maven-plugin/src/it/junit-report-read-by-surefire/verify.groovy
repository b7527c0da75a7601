// Surefire's report plugin read our JUnit XML: its page counts the tests and shows the failure.
def pages = []
new File(basedir, 'target').eachFileRecurse { if (it.name == 'surefire.html' || it.name == 'surefire-report.html') pages << it }
assert pages.size() == 1 : "no Surefire HTML report under ${basedir}/target"
def html = pages[0].text
assert html.contains('sous-chef-grill-chef')
assert html.contains('#0 &quot;an order for a medium-rare steak&quot; given &quot;steaks are available&quot;') ||
    html.contains('#0 "an order for a medium-rare steak" given "steaks are available"')
assert html.contains('$.waitingTime: expected 12 (an integer), found 10 (an integer)')
assert html.contains('status: expected 400, found 422')
// Tests 2, failures 2 in Surefire's summary table
assert html.replaceAll(/\s+/, ' ') =~ /<td[^>]*>2<\/td>\s*<td[^>]*>0<\/td>\s*<td[^>]*>2<\/td>/
return true
