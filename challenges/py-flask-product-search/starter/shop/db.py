import sqlite3

from flask import current_app, g

SCHEMA = """
CREATE TABLE IF NOT EXISTS products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    published INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
"""


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(exc=None):
    connection = g.pop("db", None)
    if connection is not None:
        connection.close()


def init_db(products=(), users=()):
    """Create the tables and insert the given rows (used by the tests and `flask init-db`)."""
    connection = get_db()
    connection.executescript(SCHEMA)
    connection.executemany(
        "INSERT INTO products (name, category, price_cents, published) VALUES (?, ?, ?, ?)",
        [(p["name"], p["category"], p["price_cents"], int(p.get("published", True))) for p in products],
    )
    connection.executemany(
        "INSERT INTO users (email, password_hash) VALUES (?, ?)",
        [(u["email"], u["password_hash"]) for u in users],
    )
    connection.commit()


def init_app(app):
    app.teardown_appcontext(close_db)
