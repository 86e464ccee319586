import pytest

from tracker import open_issue, triage


def test_each_new_issue_gets_its_own_label_list():
    a = open_issue("Dark mode flickers")
    b = open_issue("Search ignores accents")
    a.add_label("ui")
    assert b.labels == ["triage"]
    assert a.labels is not b.labels


def test_triaging_one_issue_leaves_later_issues_in_triage():
    first = open_issue("Crash on upload")
    triage(first, "bug", "p1")
    assert first.labels == ["bug", "p1"]
    later = open_issue("Add German translation")
    assert later.labels == ["triage"]


def test_many_issues_do_not_accumulate_labels():
    for n in range(5):
        issue = open_issue(f"Issue {n}")
        issue.add_label(f"area-{n}")
    fresh = open_issue("Fresh one")
    assert fresh.labels == ["triage"]


def test_explicit_labels_are_kept_and_triage_is_added():
    issue = open_issue("Checkout fails for PayPal", ["payments"])
    assert issue.labels == ["payments", "triage"]


def test_explicit_triage_label_is_not_duplicated():
    issue = open_issue("Old browser support", ["triage", "question"])
    assert issue.labels == ["triage", "question"]


def test_titles_are_trimmed_and_required():
    assert open_issue("  Broken link  ").title == "Broken link"
    with pytest.raises(ValueError):
        open_issue("   ")


def test_issues_get_increasing_ids():
    a = open_issue("One")
    b = open_issue("Two")
    assert b.id == a.id + 1


def test_labels_are_not_added_twice():
    issue = open_issue("Docs")
    issue.add_label("docs")
    issue.add_label("docs")
    assert issue.labels == ["triage", "docs"]
