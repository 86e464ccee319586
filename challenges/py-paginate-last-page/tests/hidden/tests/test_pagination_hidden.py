import pytest

from pagination import PageNotFound, page_count, paginate

RECIPES = [f"recipe-{n}" for n in range(1, 26)]  # 25 recipes


def test_page_count_rounds_up_for_a_partial_last_page():
    assert page_count(25, 10) == 3
    assert page_count(1, 10) == 1
    assert page_count(11, 5) == 3


def test_partial_last_page_is_reachable():
    page = paginate(RECIPES, 3, per_page=10)
    assert page.items == ["recipe-21", "recipe-22", "recipe-23", "recipe-24", "recipe-25"]
    assert page.total_pages == 3
    assert page.first_item_index == 21


def test_second_to_last_page_links_to_the_last_one():
    page = paginate(RECIPES, 2, per_page=10)
    assert page.has_next
    assert page.has_previous


def test_fewer_items_than_a_page_is_one_page():
    page = paginate(RECIPES[:4], 1, per_page=10)
    assert page.items == RECIPES[:4]
    assert page.total_pages == 1
    assert not page.has_next


def test_exact_multiple_has_no_extra_empty_page():
    items = RECIPES[:20]
    assert page_count(20, 10) == 2
    last = paginate(items, 2, per_page=10)
    assert last.items == RECIPES[10:20]
    assert not last.has_next
    with pytest.raises(PageNotFound):
        paginate(items, 3, per_page=10)


def test_page_after_the_last_one_does_not_exist():
    with pytest.raises(PageNotFound):
        paginate(RECIPES, 4, per_page=10)
    with pytest.raises(PageNotFound):
        paginate(RECIPES, 0, per_page=10)


def test_empty_listing_has_an_empty_first_page():
    page = paginate([], 1)
    assert page.items == []
    assert page.total_pages == 0
    assert not page.has_next
    assert not page.has_previous
    assert page.first_item_index == 0


def test_one_item_per_page():
    assert [paginate(RECIPES[:3], n, per_page=1).items for n in (1, 2, 3)] == [["recipe-1"], ["recipe-2"], ["recipe-3"]]


def test_per_page_must_be_positive():
    with pytest.raises(ValueError):
        page_count(10, 0)
