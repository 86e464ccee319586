def _quoted(value):
    """Escapes a value for a single-quoted SQL string literal by doubling its quotes."""
    return str(value).replace("'", "''")


def search_products(db, text="", category=None, max_price_cents=None):
    """Published products whose name contains `text` (case-insensitive), optionally
    restricted to a category and a maximum price, ordered by name."""
    sql = "SELECT id, name, category, price_cents FROM products WHERE published = 1"
    if text:
        sql += f" AND name LIKE '%{_quoted(text)}%'"
    if category:
        sql += f" AND category = '{_quoted(category)}'"
    if max_price_cents is not None:
        sql += f" AND price_cents <= {int(max_price_cents)}"
    sql += " ORDER BY name"
    return [dict(row) for row in db.execute(sql).fetchall()]
