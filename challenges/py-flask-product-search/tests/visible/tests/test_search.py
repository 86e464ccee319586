import pytest

from shop import create_app
from shop.db import init_db

PRODUCTS = [
    {"name": "Python Cookbook (O'Reilly)", "category": "books", "price_cents": 4999},
    {"name": "Fluent Python", "category": "books", "price_cents": 5499},
    {"name": "Rain Jacket", "category": "clothing", "price_cents": 8900},
]


@pytest.fixture
def client(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "shop.sqlite3")})
    with app.app_context():
        init_db(PRODUCTS)
    return app.test_client()


def test_search_by_part_of_the_name(client):
    response = client.get("/api/products", query_string={"q": "python"})
    assert response.status_code == 200
    assert [p["name"] for p in response.get_json()["products"]] == ["Fluent Python", "Python Cookbook (O'Reilly)"]


def test_search_for_a_name_with_an_apostrophe(client):
    response = client.get("/api/products", query_string={"q": "O'Reilly"})
    assert response.status_code == 200
    assert [p["name"] for p in response.get_json()["products"]] == ["Python Cookbook (O'Reilly)"]
