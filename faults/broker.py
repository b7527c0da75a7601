"""A Pact Broker that misbehaves, for the fault suite: /echo/* answers 401 repeating the credentials it
was sent; /hang/* never answers."""
import http.server
import socketserver
import sys
import time


class Faulty(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/hang"):
            time.sleep(3600)
            return
        body = ('{"error": "Unauthorized: %s is not a valid credential"}' % self.headers.get("Authorization")).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/hal+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


Server(("127.0.0.1", int(sys.argv[1])), Faulty).serve_forever()
