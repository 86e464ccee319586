from collections import Counter
from dataclasses import dataclass, field

from .parser import parse_line


@dataclass
class Report:
    requests: int = 0
    malformed: int = 0
    bytes_sent: int = 0
    by_status: Counter = field(default_factory=Counter)
    by_path: Counter = field(default_factory=Counter)

    @property
    def error_rate(self) -> float:
        """Share of requests answered with a 5xx status."""
        if not self.requests:
            return 0.0
        errors = sum(count for status, count in self.by_status.items() if status >= 500)
        return errors / self.requests

    def top_paths(self, n=3):
        return self.by_path.most_common(n)


def summarize(lines) -> Report:
    report = Report()
    for line in lines:
        if not line.strip():
            continue
        entry = parse_line(line)
        if entry is None:
            report.malformed += 1
            continue
        report.requests += 1
        report.bytes_sent += entry.size
        report.by_status[entry.status] += 1
        report.by_path[entry.path.split("?", 1)[0]] += 1
    return report


def summarize_file(path) -> Report:
    with open(path, encoding="utf-8", errors="replace") as handle:
        return summarize(handle)
