import addressbook.merge
from addressbook import Contact, merge_contacts


def test_new_contacts_are_added_and_known_ones_completed():
    book = [Contact("Ada Lovelace", "ada@example.com")]
    imported = [
        Contact("Ada L.", " ADA@example.com ", phone="+44 20 7946 0000"),
        Contact("Grace Hopper", "grace@example.com"),
    ]
    merged, stats = merge_contacts(book, imported)
    assert [(c.name, c.email, c.phone) for c in merged] == [
        ("Ada Lovelace", "ada@example.com", "+44 20 7946 0000"),
        ("Grace Hopper", "grace@example.com", None),
    ]
    assert stats == {"added": 1, "updated": 1, "unchanged": 0}


def test_merge_work_grows_linearly_with_the_size_of_the_books(monkeypatch):
    calls = 0
    real = addressbook.merge.normalize_email

    def counting(address):
        nonlocal calls
        calls += 1
        return real(address)

    monkeypatch.setattr(addressbook.merge, "normalize_email", counting)
    book = [Contact(f"Customer {n}", f"customer{n}@example.com") for n in range(300)]
    imported = [Contact(f"Lead {n}", f"lead{n}@example.com") for n in range(300)]
    merge_contacts(book, imported)
    assert calls <= 2 * (len(book) + len(imported)), f"normalize_email was called {calls} times"
