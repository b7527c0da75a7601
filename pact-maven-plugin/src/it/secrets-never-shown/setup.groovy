// A provider on the host that answers with the Authorization header it received (as a debugging endpoint might).
import com.sun.net.httpserver.HttpServer
def server = HttpServer.create(new InetSocketAddress('127.0.0.1', secretsNeverShownPort as int), 0)
server.createContext('/') { exchange ->
  if (exchange.requestURI.path == '/_stop') {
    exchange.sendResponseHeaders(200, -1); exchange.close(); new Thread({ server.stop(0) }).start(); return
  }
  def body = ('{"user": "' + exchange.requestHeaders.getFirst('Authorization') + '"}').getBytes('UTF-8')
  exchange.responseHeaders.add('Content-Type', 'application/json')
  exchange.sendResponseHeaders(200, body.length)
  exchange.responseBody.write(body)
  exchange.close()
}
server.start()
return true
