from dataclasses import replace
from functools import lru_cache

from .emails import normalize_email

# Each address is normalized once, however often it is compared.
_normalized = lru_cache(maxsize=None)(normalize_email)

FILLABLE = ("phone", "company")


def _fill_missing(target, source):
    """Copy fields that `target` lacks from `source`. Returns True if anything changed."""
    changed = False
    for field in FILLABLE:
        if not getattr(target, field) and getattr(source, field):
            setattr(target, field, getattr(source, field))
            changed = True
    return changed


def merge_contacts(existing, incoming):
    """Merge imported contacts into an address book.

    Contacts are the same person when their normalized e-mail addresses are equal.
    A known contact is kept as it is, but missing phone/company fields are filled in
    from the import. Unknown contacts are appended in import order; an address that
    appears several times in the import is merged into its first occurrence.

    The inputs are not modified. Returns (merged_contacts, stats).
    """
    merged = [replace(contact) for contact in existing]
    stats = {"added": 0, "updated": 0, "unchanged": 0}

    for contact in incoming:
        key = _normalized(contact.email)
        match = None
        for candidate in merged:
            if _normalized(candidate.email) == key:
                match = candidate
                break

        if match is None:
            merged.append(replace(contact, email=contact.email.strip()))
            stats["added"] += 1
        elif _fill_missing(match, contact):
            stats["updated"] += 1
        else:
            stats["unchanged"] += 1

    return merged, stats
