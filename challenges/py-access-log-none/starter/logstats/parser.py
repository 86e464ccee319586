import re
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

# Combined log format; the trailing referrer/user-agent pair is optional so the
# common log format is accepted too.
LINE_RE = re.compile(
    r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<protocol>HTTP/[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
    r'(?: "(?P<referrer>[^"]*)" "(?P<agent>[^"]*)")?\s*$'
)


@dataclass
class LogEntry:
    ip: str
    user: Optional[str]
    time: datetime
    method: str
    path: str
    status: int
    size: int
    agent: Optional[str]


def parse_line(line: str) -> Optional[LogEntry]:
    """Parse one access-log line.

    Returns None when the line is not a valid request line: scanners and broken
    clients regularly produce garbage such as TLS handshakes sent to the HTTP
    port, and log rotation can leave a truncated last line.
    """
    match = LINE_RE.match(line)
    user = match.group("user")
    size = match.group("size")
    return LogEntry(
        ip=match.group("ip"),
        user=None if user == "-" else user,
        time=datetime.strptime(match.group("time"), "%d/%b/%Y:%H:%M:%S %z"),
        method=match.group("method"),
        path=match.group("path"),
        status=int(match.group("status")),
        size=0 if size == "-" else int(size),
        agent=match.group("agent"),
    )
