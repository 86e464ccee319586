"""Pagination for the recipe site's listing pages."""

from dataclasses import dataclass
from typing import List, Sequence


class PageNotFound(LookupError):
    pass


@dataclass
class Page:
    items: List
    number: int
    per_page: int
    total_items: int
    total_pages: int

    @property
    def has_next(self):
        return self.number < self.total_pages

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def first_item_index(self):
        """1-based position of the first item on this page (0 when the page is empty)."""
        return (self.number - 1) * self.per_page + 1 if self.items else 0


def page_count(total_items, per_page):
    """How many pages are needed to show `total_items` items, `per_page` at a time."""
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    return total_items // per_page


def paginate(items: Sequence, number: int, per_page: int = 10) -> Page:
    """Return page `number` (1-based). Page 1 always exists, even for an empty list."""
    total_pages = page_count(len(items), per_page)
    if number < 1 or number > max(total_pages, 1):
        raise PageNotFound(f"page {number} does not exist")
    start = (number - 1) * per_page
    return Page(
        items=list(items[start:start + per_page]),
        number=number,
        per_page=per_page,
        total_items=len(items),
        total_pages=total_pages,
    )
