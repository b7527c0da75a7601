"""Grill Chef: takes steak orders and says how long they will take.

A Flask app served by Gunicorn. `/_pact/state` sets up the provider states the pacts need; a real
service would guard such an endpoint or enable it only in test images.
"""
import hashlib
import hmac
import os
import time

from flask import Flask, jsonify, request

app = Flask(__name__)

# A release may grill slower: the nightly example's tag 2.0 sets this to 12 (examples/nightly).
WAITING_TIMES = {"rare": 5, "medium-rare": int(os.environ.get("GRILL_MEDIUM_RARE_MINUTES", "10")), "medium": 15}
steaks_available = 0
orders = {}


@app.post("/steaks/")
def order_steak():
    global steaks_available
    order = request.get_json(silent=True) or {}
    cooking = order.get("cooking")
    if steaks_available <= 0:
        return jsonify(reason="no steaks left"), 503
    if cooking == "well-done":
        return jsonify(reason="we do not serve well-done steaks"), 422
    if cooking not in WAITING_TIMES:
        return jsonify(reason=f"unknown cooking: {cooking}"), 400
    steaks_available -= 1
    return jsonify(waitingTime=WAITING_TIMES[cooking]), 201


# From tag 2.1 (examples/nightly) an order is private: reading one takes a bearer token minted within
# the last hour, <unix time>.<hex HMAC-SHA256 of the time keyed with this secret>.
TOKEN_SECRET = os.environ.get("GRILL_TOKEN_SECRET")


def token_is_fresh(authorization):
    if not authorization or not authorization.startswith("Bearer "):
        return False
    minted, _, mac = authorization[len("Bearer "):].partition(".")
    if not minted.isdigit() or not 0 <= time.time() - int(minted) <= 3600:
        return False
    expected = hmac.new(TOKEN_SECRET.encode(), minted.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, mac)


@app.get("/steaks/orders/<int:order_id>")
def get_order(order_id):
    if TOKEN_SECRET and not token_is_fresh(request.headers.get("Authorization")):
        return jsonify(reason="a fresh bearer token is needed"), 401
    order = orders.get(order_id)
    if order is None:
        return jsonify(reason="no such order"), 404
    return jsonify(order)


@app.get("/health")
def health():
    return jsonify(status="UP")


@app.post("/_pact/state")
def provider_state():
    global steaks_available
    body = request.get_json(silent=True) or {}
    state, action, params = body.get("state", ""), body.get("action", "setup"), body.get("params") or {}
    if action == "teardown":
        steaks_available = 0
        orders.clear()
        return jsonify({})
    if not state:
        # an interaction without a provider state (the article's pact has none): a kitchen with steaks
        steaks_available = 10
    elif state == "steaks are available":
        steaks_available = int(params.get("count", 10))
    elif state == "an order exists":
        order_id = int(params.get("id", 1))
        orders[order_id] = {"id": order_id, "cooking": params.get("cooking", "rare"), "status": "grilling"}
        return jsonify(orderId=order_id)
    elif state:
        return jsonify(reason=f"unknown provider state: {state}"), 400
    return jsonify({})
