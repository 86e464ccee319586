import pytest

from shop import create_app
from shop.db import get_db, init_db

PRODUCTS = [
    {"name": "Python Cookbook (O'Reilly)", "category": "books", "price_cents": 4999},
    {"name": "Fluent Python", "category": "books", "price_cents": 5499},
    {"name": "Kids' Rain Jacket", "category": "kids' clothing", "price_cents": 3900},
    {"name": "Rain Jacket", "category": "clothing", "price_cents": 8900},
    {"name": "Trail Shoes", "category": "clothing", "price_cents": 12000},
    {"name": "Prototype Drone (unreleased)", "category": "gadgets", "price_cents": 99900, "published": False},
]
USERS = [{"email": "admin@shop.example", "password_hash": "pbkdf2:sha256$SECRET-HASH"}]


@pytest.fixture
def app(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "shop.sqlite3")})
    with app.app_context():
        init_db(PRODUCTS, USERS)
    return app


@pytest.fixture
def client(app):
    return app.test_client()


def names(response):
    assert response.status_code == 200, response.get_data(as_text=True)
    return [p["name"] for p in response.get_json()["products"]]


def test_apostrophes_in_the_search_text_are_just_text(client):
    assert names(client.get("/api/products", query_string={"q": "O'Reilly"})) == ["Python Cookbook (O'Reilly)"]
    assert names(client.get("/api/products", query_string={"q": "kids' rain"})) == ["Kids' Rain Jacket"]


def test_apostrophes_in_the_category_are_just_text(client):
    assert names(client.get("/api/products", query_string={"category": "kids' clothing"})) == ["Kids' Rain Jacket"]


def test_search_text_cannot_reveal_unpublished_products(client):
    found = names(client.get("/api/products", query_string={"q": "' OR 1=1 --"}))
    assert found == []


def test_category_cannot_be_used_to_widen_the_query(client):
    found = names(client.get("/api/products", query_string={"category": "books' OR '1'='1"}))
    assert found == []


def test_search_text_cannot_read_other_tables(client):
    payload = "zzz%' UNION SELECT id, email, password_hash, 0 FROM users --"
    response = client.get("/api/products", query_string={"q": payload})
    assert response.status_code == 200
    assert "SECRET-HASH" not in response.get_data(as_text=True)
    assert response.get_json()["count"] == 0


def test_search_text_cannot_modify_the_database(app, client):
    response = client.get("/api/products", query_string={"q": "x'; DROP TABLE products; --"})
    assert response.status_code == 200
    assert response.get_json()["count"] == 0
    with app.app_context():
        assert get_db().execute("SELECT COUNT(*) FROM products").fetchone()[0] == len(PRODUCTS)


def test_any_character_in_the_search_text_is_just_text(client):
    # Escaping by hand breaks on characters a bound parameter takes in its stride (a NUL ends
    # SQL text, so the query is refused): the search must answer, never fail or widen.
    for text in ["\x00' OR 1=1 --", "jacket\x00", "\x00"]:
        found = names(client.get("/api/products", query_string={"q": text}))
        assert "Prototype Drone (unreleased)" not in found
    found = names(client.get("/api/products", query_string={"category": "books\x00' OR '1'='1"}))
    assert found == []


def test_search_is_case_insensitive_and_sorted_by_name(client):
    assert names(client.get("/api/products", query_string={"q": "RAIN"})) == ["Kids' Rain Jacket", "Rain Jacket"]


def test_filters_combine(client):
    response = client.get("/api/products", query_string={"category": "clothing", "max_price": "90"})
    assert names(response) == ["Rain Jacket"]
    assert response.get_json()["products"][0]["price"] == 89.0


def test_without_filters_every_published_product_is_listed(client):
    found = names(client.get("/api/products"))
    assert len(found) == 5
    assert "Prototype Drone (unreleased)" not in found


def test_unpublished_products_are_never_listed(client):
    assert names(client.get("/api/products", query_string={"q": "drone"})) == []


def test_invalid_price_is_rejected(client):
    assert client.get("/api/products", query_string={"max_price": "cheap"}).status_code == 400
    assert client.get("/api/products", query_string={"max_price": "-5"}).status_code == 400
