"""The Pantry: a provider that accepts only bearer tokens minted within the last hour, and orders
only with an HMAC of their body. Python's standard library only.

Tokens are <client>.<unix time>.<hex HMAC-SHA256 of "<client>.<unix time>" keyed with the client's
secret>, as an identity service would mint them; the secrets come from the environment.
"""
import hashlib
import hmac
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CLIENT_SECRETS = {"web": os.environ["TOKEN_SECRET_WEB"], "mobile": os.environ["TOKEN_SECRET_MOBILE"]}
ORDER_SIGNING_KEY = os.environ["ORDER_SIGNING_KEY"].encode()


def client_of(authorization):
    """The client a valid, fresh token belongs to; None for anything else."""
    if not authorization or not authorization.startswith("Bearer "):
        return None
    try:
        client, minted, mac = authorization[len("Bearer "):].split(".")
        age = time.time() - int(minted)
    except ValueError:
        return None
    secret = CLIENT_SECRETS.get(client)
    if secret is None or not -60 <= age <= 3600:
        return None
    expected = hmac.new(secret.encode(), f"{client}.{minted}".encode(), hashlib.sha256).hexdigest()
    return client if hmac.compare_digest(expected, mac) else None


class Pantry(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def do_GET(self):
        if self.path == "/health":
            return self.answer(200, {"status": "UP"})
        client = client_of(self.headers.get("Authorization"))
        if client is None:
            return self.answer(401, {"error": "missing or invalid token"})
        if self.path == "/products":
            return self.answer(200, [{"id": 1, "name": "salt"}, {"id": 2, "name": "pepper"}])
        if self.path == "/me":
            return self.answer(200, {"client": client})
        return self.answer(404, {"error": "no such resource"})

    def do_POST(self):
        body = self.body()
        if self.path == "/_pact/state":
            return self.answer(200, {})
        if client_of(self.headers.get("Authorization")) is None:
            return self.answer(401, {"error": "missing or invalid token"})
        if self.path != "/orders":
            return self.answer(404, {"error": "no such resource"})
        expected = hmac.new(ORDER_SIGNING_KEY, body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, self.headers.get("X-Signature", "")):
            return self.answer(403, {"error": "bad signature"})
        return self.answer(201, {"accepted": True})

    def log_message(self, fmt, *args):
        sys.stdout.write("%s %s\n" % (self.command, self.path))
        sys.stdout.flush()


ThreadingHTTPServer(("0.0.0.0", 8000), Pantry).serve_forever()
