"""Ticket Printer: prints the kitchen's tickets and publishes each as a message the Expo screen reads.

A Flask app served by Gunicorn (one worker: the provider states live in its memory). In production
`publish` sends to the message broker; under verification `/_pact/message` hands the verifier the
message the same code would publish, and `/_pact/state` sets up the orders a message needs. Both
endpoints exist only when PACT_ENDPOINTS=on (the image's default here; a real service keeps them
out of its production image).
"""
import base64
import json
import os
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
orders = {}


def ticket_printed(order):
    """The message published when an order's ticket is printed, and where it goes."""
    body = {
        "ticket": order["ticket"],
        "table": order["table"],
        "dishes": [dish["name"] for dish in order["dishes"]],
        "printedAt": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    return body, {"topic": "kitchen.tickets", "key": str(order["table"])}


def ticket_voided(order, reason):
    return {"ticket": order["ticket"], "reason": reason}, {"topic": "kitchen.tickets.voided"}


@app.get("/health")
def health():
    return jsonify(status="UP")


PACT_ENDPOINTS = os.environ.get("PACT_ENDPOINTS") == "on"


@app.post("/_pact/state")
def provider_state():
    if not PACT_ENDPOINTS:
        abort(404)
    asked = request.get_json(silent=True) or {}
    state, params = asked.get("state", ""), asked.get("params") or {}
    if asked.get("action") == "teardown":
        orders.clear()
    elif state == "an order for a table is open":
        table = int(params.get("table", 4))
        orders[table] = {"ticket": 12, "table": table, "dishes": [{"name": "smash burger"}, {"name": "fries"}]}
    elif state:
        return jsonify(reason=f"unknown provider state: {state}"), 400
    return jsonify({})


# The messages the pact describes, by description: each is what the real code publishes.
MESSAGES = {
    "a ticket was printed": lambda: ticket_printed(next(iter(orders.values()))),
    "a ticket was voided": lambda: ticket_voided(next(iter(orders.values())), "the guest left"),
}


@app.post("/_pact/message")
def message():
    if not PACT_ENDPOINTS:
        abort(404)
    asked = request.get_json(silent=True) or {}
    produce = MESSAGES.get(asked.get("description"))
    if produce is None:
        return jsonify(reason=f"no such message: {asked.get('description')}"), 404
    if not orders:
        return jsonify(reason="no open order: the provider state was not set up"), 409
    body, metadata = produce()
    response = jsonify(body)
    response.headers["Pact-Message-Metadata"] = base64.b64encode(json.dumps(metadata).encode()).decode()
    return response
