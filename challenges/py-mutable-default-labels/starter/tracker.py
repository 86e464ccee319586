"""A tiny issue tracker used by the support team's Slack bot."""

import itertools

_ids = itertools.count(1)


class Issue:
    def __init__(self, title, labels):
        self.id = next(_ids)
        self.title = title
        self.labels = labels
        self.closed = False

    def add_label(self, label):
        if label not in self.labels:
            self.labels.append(label)

    def remove_label(self, label):
        if label in self.labels:
            self.labels.remove(label)

    def __repr__(self):
        return f"Issue(#{self.id} {self.title!r} labels={self.labels})"


def open_issue(title, labels=[]):
    """Open a new issue. Every new issue starts with the "triage" label."""
    if not title.strip():
        raise ValueError("an issue needs a title")
    if "triage" not in labels:
        labels.append("triage")
    return Issue(title.strip(), labels)


def triage(issue, *labels):
    """Move an issue out of triage and give it its real labels."""
    issue.remove_label("triage")
    for label in labels:
        issue.add_label(label)
    return issue
