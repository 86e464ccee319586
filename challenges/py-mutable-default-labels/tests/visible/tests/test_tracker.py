from tracker import open_issue, triage


def test_new_issue_starts_in_triage():
    issue = open_issue("Login button does nothing")
    assert issue.labels == ["triage"]


def test_labels_of_one_issue_do_not_show_up_on_the_next():
    first = open_issue("Export to CSV is slow")
    triage(first, "performance")
    second = open_issue("Typo on the pricing page")
    assert second.labels == ["triage"]
