"""A provider that misbehaves on purpose, one way per path, for the fault suite (faults/run.sh)."""
import gzip
import http.server
import json
import socketserver
import time
import urllib.parse



def huge():
    """30 MB of JSON, made when asked: a provider under a small memory limit must start."""
    return json.dumps({"s": "x" * (30 * 1024 * 1024)}).encode()


class Faulty(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, body, headers=()):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def logged(self):
        # Every request in the provider's log, its Authorization echoed as careless services do:
        # the verifier must mask it in the log it keeps (faults/run.sh checks target/ for it).
        print("%s %s auth=%s" % (self.command, self.path, self.headers.get("Authorization")), flush=True)

    def redirect(self, status):
        # /away?to=URL: a redirect to URL (another origin in the suite: its recorder on the host).
        query = urllib.parse.parse_qs(self.path.partition("?")[2])
        self.send_response(status)
        self.send_header("Location", query.get("to", ["/ok"])[0])
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        self.logged()
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        if self.path.startswith("/away"):
            self.redirect(307)
            return
        self.answer(b"{}")

    def do_GET(self):
        self.logged()
        path = self.path.split("?")[0]
        if path == "/away":
            self.redirect(302)
        elif path in ("/ok", "/health"):
            self.answer(b'{"ok": true}')
        elif path == "/slow":
            time.sleep(0.3)
            self.answer(b'{"ok": true}')
        elif path == "/hang":
            time.sleep(3600)
        elif path == "/short":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 26\r\n\r\n{\"ok\": tr")
            self.wfile.flush()
            self.close_connection = True
        elif path == "/garbage":
            self.wfile.write(b"\x00\xffHELLO\x1b[2J\r\n\r\n")
            self.wfile.flush()
            self.close_connection = True
        elif path == "/gzip":
            self.answer(gzip.compress(b'{"ok": true}'), [("Content-Encoding", "gzip")])
        elif path == "/chunked":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b'{"ok"', b": true}"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/huge":
            self.answer(huge())
        elif path == "/oom":
            # Past any small <provider><memory> limit: the kernel kills the process mid-request.
            hog = bytearray(512 * 1024 * 1024)
            self.answer(b'{"ok": %d}' % len(hog))
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


print("fault provider listening on 8000", flush=True)
Server(("0.0.0.0", 8000), Faulty).serve_forever()
