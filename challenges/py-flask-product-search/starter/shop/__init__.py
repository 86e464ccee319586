"""Storefront API (Flask + SQLite)."""

import os

from flask import Flask

from . import db
from .routes import bp


def create_app(config=None):
    app = Flask(__name__)
    app.config.from_mapping(DATABASE=os.path.join(app.instance_path, "shop.sqlite3"))
    if config:
        app.config.update(config)
    db.init_app(app)
    app.register_blueprint(bp)
    return app
