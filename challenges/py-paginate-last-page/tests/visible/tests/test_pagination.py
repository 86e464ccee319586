from pagination import paginate

RECIPES = [f"recipe-{n}" for n in range(1, 26)]  # 25 recipes


def test_first_page_shows_the_first_ten_recipes():
    page = paginate(RECIPES, 1, per_page=10)
    assert page.items == RECIPES[:10]
    assert page.has_next


def test_the_last_five_recipes_get_their_own_page():
    page = paginate(RECIPES, 3, per_page=10)
    assert page.items == RECIPES[20:]
    assert not page.has_next
