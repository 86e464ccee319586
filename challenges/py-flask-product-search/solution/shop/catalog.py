def search_products(db, text="", category=None, max_price_cents=None):
    """Published products whose name contains `text` (case-insensitive), optionally
    restricted to a category and a maximum price, ordered by name."""
    sql = "SELECT id, name, category, price_cents FROM products WHERE published = 1"
    params = []
    if text:
        sql += " AND name LIKE ?"
        params.append(f"%{text}%")
    if category:
        sql += " AND category = ?"
        params.append(category)
    if max_price_cents is not None:
        sql += " AND price_cents <= ?"
        params.append(int(max_price_cents))
    sql += " ORDER BY name"
    return [dict(row) for row in db.execute(sql, params).fetchall()]
