"""The training run's provider (standard library only): an HTTP interaction with a provider state,
and a message through the message endpoint, so that the archive holds the classes both paths load."""
import base64
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

state = {}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/health":
            self.answer(200, {"status": "UP"})
        elif self.path == "/items/1" and state.get("item"):
            self.answer(200, {"id": 1, "name": "salt", "tags": ["pantry"], "price": 1.5})
        else:
            self.answer(404, {"reason": "not found"})

    def do_POST(self):
        asked = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        if self.path == "/_pact/state":
            state["item"] = asked.get("action") != "teardown"
            self.answer(200, {})
        elif self.path == "/_pact/message":
            metadata = base64.b64encode(json.dumps({"topic": "items"}).encode()).decode()
            self.answer(200, {"id": 1, "event": "added"}, {"Pact-Message-Metadata": metadata})
        else:
            self.answer(404, {"reason": "not found"})

    def log_message(self, format, *args):
        pass


ThreadingHTTPServer(("0.0.0.0", 8000), Handler).serve_forever()
