"""A Pact Broker that misbehaves, for the fault suite: /echo/* answers 401 repeating the credentials it
was sent; /echo-bad/* answers 200 with a body that is not JSON, the credentials in it; /hang/* never
answers (each request to it counted in DIR/hang-count); /landed records the request it receives in
DIR/landed.txt (a redirect's target on another origin) and answers {"ok": true}."""
import http.server
import os
import socketserver
import sys
import time


class Faulty(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/hang"):
            with open(os.path.join(sys.argv[2], "hang-count"), "a") as f:
                f.write("x")
            time.sleep(3600)
            return
        if self.path.startswith("/landed"):
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length).decode()
            with open(os.path.join(sys.argv[2], "landed.txt"), "a") as f:
                f.write("%s %s\n%s\n%s\n" % (self.command, self.path, self.headers, body))
            self.reply(200, b'{"ok": true}', "application/json")
            return
        if self.path.startswith("/echo-bad"):
            # The credential without its scheme, where JSON wants a value: Jackson quotes it.
            credential = str(self.headers.get("Authorization")).split(" ")[-1]
            self.reply(200, ('{"_links": %s}' % credential).encode(), "application/hal+json")
            return
        body = ('{"error": "Unauthorized: %s is not a valid credential"}' % self.headers.get("Authorization")).encode()
        self.reply(401, body, "application/hal+json")

    def reply(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


Server(("127.0.0.1", int(sys.argv[1])), Faulty).serve_forever()
