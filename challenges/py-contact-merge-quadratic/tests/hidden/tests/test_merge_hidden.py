import copy
import hashlib
import os
import random

import pytest

import addressbook.merge
from addressbook import Contact, merge_contacts


@pytest.fixture
def normalize_calls(monkeypatch):
    counter = {"calls": 0}
    real = addressbook.merge.normalize_email

    def counting(address):
        counter["calls"] += 1
        return real(address)

    monkeypatch.setattr(addressbook.merge, "normalize_email", counting)
    return counter


def big_books(size, overlap, contact=Contact):
    book = [contact(f"Customer {n}", f"customer{n}@example.com") for n in range(size)]
    imported = [contact(f"Customer {n}", f"Customer{n}@Example.com", phone=f"555-{n:04d}") for n in range(overlap)]
    imported += [contact(f"Lead {n}", f"lead{n}@example.com") for n in range(size - overlap)]
    return book, imported


class CountedContact(Contact):
    """A contact that counts how often any code reads its e-mail address: comparing a contact
    with every other one reads it over and over, whatever caches sit behind the comparison."""

    reads = 0

    def __getattribute__(self, name):
        if name == "email":
            CountedContact.reads += 1
        return super().__getattribute__(name)


def test_each_address_is_read_a_bounded_number_of_times_however_it_is_compared():
    CountedContact.reads = 0
    book, imported = big_books(200, 75, CountedContact)
    merged, stats = merge_contacts(book, imported)
    assert stats == {"added": 125, "updated": 75, "unchanged": 0}
    assert CountedContact.reads <= 4 * (len(book) + len(imported))


def test_large_merge_normalizes_each_address_a_bounded_number_of_times(normalize_calls):
    book, imported = big_books(400, 150)
    merge_contacts(book, imported)
    assert normalize_calls["calls"] <= 2 * (len(book) + len(imported))


def test_work_does_not_grow_quadratically(normalize_calls):
    small = big_books(100, 50)
    merge_contacts(*small)
    small_calls = normalize_calls["calls"]
    normalize_calls["calls"] = 0
    large = big_books(400, 200)
    merge_contacts(*large)
    assert normalize_calls["calls"] <= 5 * small_calls


def test_large_merge_result_is_correct():
    book, imported = big_books(400, 150)
    merged, stats = merge_contacts(book, imported)
    assert stats == {"added": 250, "updated": 150, "unchanged": 0}
    assert len(merged) == 650
    assert merged[10].phone == "555-0010"
    assert merged[10].email == "customer10@example.com"
    assert merged[400].email == "lead0@example.com"


def test_addresses_match_ignoring_case_spaces_and_plus_tags():
    book = [Contact("Jo", "jo@example.com")]
    imported = [Contact("Jo", " JO+newsletter@Example.COM ", company="Initech")]
    merged, stats = merge_contacts(book, imported)
    assert len(merged) == 1
    assert merged[0].company == "Initech"
    assert stats == {"added": 0, "updated": 1, "unchanged": 0}


def test_existing_values_are_never_overwritten():
    book = [Contact("Sam", "sam@example.com", phone="111", company=None)]
    imported = [Contact("Samuel", "sam@example.com", phone="222", company="Globex")]
    merged, _ = merge_contacts(book, imported)
    assert (merged[0].name, merged[0].phone, merged[0].company) == ("Sam", "111", "Globex")


def test_duplicates_inside_the_import_merge_into_the_first_occurrence():
    imported = [
        Contact("Kim", "kim@example.com"),
        Contact("Kim (work)", "KIM@example.com", phone="999"),
        Contact("Lee", "lee@example.com"),
        Contact("Kim again", "kim@example.com", phone="000"),
    ]
    merged, stats = merge_contacts([], imported)
    assert [(c.name, c.phone) for c in merged] == [("Kim", "999"), ("Lee", None)]
    assert stats == {"added": 2, "updated": 1, "unchanged": 1}


def test_order_is_book_first_then_import_order():
    book = [Contact("B", "b@example.com"), Contact("A", "a@example.com")]
    imported = [Contact("D", "d@example.com"), Contact("A", "a@example.com"), Contact("C", "c@example.com")]
    merged, stats = merge_contacts(book, imported)
    assert [c.name for c in merged] == ["B", "A", "D", "C"]
    assert stats == {"added": 2, "updated": 0, "unchanged": 1}


def test_inputs_are_left_untouched():
    book = [Contact("Ada", "ada@example.com")]
    imported = [Contact("Ada", "ada@example.com", phone="123"), Contact("New", " new@example.com ")]
    book_before, imported_before = copy.deepcopy(book), copy.deepcopy(imported)
    merged, _ = merge_contacts(book, imported)
    assert book == book_before
    assert imported == imported_before
    assert merged[0] is not book[0]
    assert merged[1].email == "new@example.com"


def test_merging_nothing():
    assert merge_contacts([], []) == ([], {"added": 0, "updated": 0, "unchanged": 0})


# Randomised imports, checked against a model of the documented behaviour. The inputs come
# from FIXPOINT_SEED (each graded run gets its own seed, recorded with its result, so a run can
# be replayed); without it the fixed seed below keeps a local run reproducible.
def seeded_random():
    seed = os.environ.get("FIXPOINT_SEED", "py-contact-merge-quadratic")
    return random.Random(int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big"))


def model_merge(existing, incoming):
    def same(a, b):
        def norm(address):
            local, at, domain = address.strip().lower().partition("@")
            return f"{local.split('+', 1)[0]}@{domain}" if at else local

        return norm(a) == norm(b)

    merged = [copy.copy(c) for c in existing]
    stats = {"added": 0, "updated": 0, "unchanged": 0}
    for contact in incoming:
        match = next((c for c in merged if same(c.email, contact.email)), None)
        if match is None:
            merged.append(Contact(contact.name, contact.email.strip(), contact.phone, contact.company))
            stats["added"] += 1
            continue
        changed = False
        for field in ("phone", "company"):
            if not getattr(match, field) and getattr(contact, field):
                setattr(match, field, getattr(contact, field))
                changed = True
        stats["updated" if changed else "unchanged"] += 1
    return merged, stats


def random_contact(rng, people):
    person = rng.choice(people)
    local = "".join(ch.upper() if rng.random() < 0.3 else ch for ch in person)
    tag = rng.choice(["", "", "+news", "+x1"])
    pad = rng.choice(["", " ", "  "])
    email = f"{pad}{local}{tag}@{rng.choice(['example.com', 'Example.COM'])}{pad}"
    return Contact(
        f"{person} {rng.randint(1, 9)}",
        email,
        phone=rng.choice([None, None, f"555-{rng.randint(0, 9999):04d}"]),
        company=rng.choice([None, "", "Initech", "Globex"]),
    )


def test_random_imports_merge_as_the_model_says():
    rng = seeded_random()
    for _ in range(40):
        people = [f"person{n}" for n in range(rng.randint(1, 8))]
        book = [random_contact(rng, people) for _ in range(rng.randint(0, 6))]
        imported = [random_contact(rng, people) for _ in range(rng.randint(0, 10))]
        want = model_merge(copy.deepcopy(book), copy.deepcopy(imported))
        assert merge_contacts(book, imported) == want, (book, imported)
