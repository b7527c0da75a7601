"""Pantry: how much of each ingredient is in stock, kept in Redis."""
import os
import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
db = redis.Redis(host=os.environ.get("REDIS_HOST", "localhost"), port=6379, decode_responses=True)


@app.get("/health")
def health():
    db.ping()
    return jsonify(status="UP")


@app.get("/ingredients/<name>")
def ingredient(name):
    count = db.get(f"stock:{name}")
    if count is None:
        return jsonify(error="unknown ingredient"), 404
    return jsonify(name=name, inStock=int(count))


@app.post("/_pact/state")
def state():
    body = request.get_json(silent=True) or {}
    if body.get("action") == "teardown":
        db.flushall()
    elif body.get("state") == "the pantry has steaks":
        db.set("stock:steak", int((body.get("params") or {}).get("count", 5)))
    return jsonify({})
