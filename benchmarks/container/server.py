"""A provider that logs, in epoch milliseconds, when it starts listening and every request it gets."""
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        print(f"REQ {int(time.time() * 1000)} {self.path}", flush=True)
        body = json.dumps({"id": 1, "name": "item 1"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("0.0.0.0", 8000), Handler)
print(f"LISTENING {int(time.time() * 1000)}", flush=True)
server.serve_forever()
