import math

from flask import Blueprint, jsonify, request

from .catalog import search_products
from .db import get_db

bp = Blueprint("products", __name__)


def _price_param(raw):
    if raw is None or raw == "":
        return None
    value = float(raw)
    if not math.isfinite(value) or value < 0:
        raise ValueError(raw)
    return round(value * 100)


@bp.get("/api/products")
def list_products():
    text = request.args.get("q", "").strip()
    category = request.args.get("category") or None
    try:
        max_price_cents = _price_param(request.args.get("max_price"))
    except ValueError:
        return jsonify(error="max_price must be a non-negative number"), 400

    products = search_products(get_db(), text, category, max_price_cents)
    return jsonify(
        count=len(products),
        products=[
            {"id": p["id"], "name": p["name"], "category": p["category"], "price": p["price_cents"] / 100}
            for p in products
        ],
    )
