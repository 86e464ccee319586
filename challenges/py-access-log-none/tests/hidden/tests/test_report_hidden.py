from datetime import datetime, timedelta, timezone

from logstats import parse_line, summarize, summarize_file

GOOD = '203.0.113.7 - alice [12/Mar/2025:06:25:01 +0100] "GET /products?page=2 HTTP/1.1" 200 5120 "https://shop.example/" "Mozilla/5.0 (X11)"'
TLS_PROBE = '192.0.2.44 - - [12/Mar/2025:06:26:00 +0000] "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03" 400 157 "-" "-"'
TRUNCATED = '198.51.100.23 - - [12/Mar/2025:23:59:59 +0000] "GET /che'
EMPTY_REQUEST = '192.0.2.9 - - [12/Mar/2025:06:30:00 +0000] "-" 408 0 "-" "-"'


def test_lines_that_are_not_requests_parse_to_none():
    assert parse_line(TLS_PROBE) is None
    assert parse_line(TRUNCATED) is None
    assert parse_line(EMPTY_REQUEST) is None
    assert parse_line("not a log line at all") is None


def test_malformed_lines_are_counted_and_skipped():
    report = summarize([GOOD, TLS_PROBE, GOOD, EMPTY_REQUEST, TRUNCATED])
    assert report.requests == 2
    assert report.malformed == 3
    assert report.bytes_sent == 10240
    assert report.by_status == {200: 2}


def test_a_log_file_with_a_truncated_last_line_can_be_summarised(tmp_path):
    log = tmp_path / "access.log"
    log.write_text(GOOD + "\n" + GOOD + "\n" + TRUNCATED, encoding="utf-8")
    report = summarize_file(log)
    assert report.requests == 2
    assert report.malformed == 1


def test_a_valid_line_is_parsed_into_fields():
    entry = parse_line(GOOD)
    assert entry.ip == "203.0.113.7"
    assert entry.user == "alice"
    assert entry.time == datetime(2025, 3, 12, 6, 25, 1, tzinfo=timezone(timedelta(hours=1)))
    assert (entry.method, entry.path, entry.status, entry.size) == ("GET", "/products?page=2", 200, 5120)
    assert entry.agent == "Mozilla/5.0 (X11)"


def test_common_log_format_without_agent_is_accepted():
    entry = parse_line('10.0.0.1 - - [01/Jan/2025:00:00:00 +0000] "HEAD / HTTP/1.0" 304 -')
    assert entry is not None
    assert entry.user is None
    assert entry.size == 0
    assert entry.agent is None


def test_blank_lines_are_neither_requests_nor_malformed():
    report = summarize(["\n", GOOD + "\n", "   \n"])
    assert report.requests == 1
    assert report.malformed == 0


def test_error_rate_and_top_paths():
    lines = [
        '10.0.0.1 - - [01/Jan/2025:00:00:00 +0000] "GET /a HTTP/1.1" 200 10',
        '10.0.0.1 - - [01/Jan/2025:00:00:01 +0000] "GET /b HTTP/1.1" 502 0',
        '10.0.0.1 - - [01/Jan/2025:00:00:02 +0000] "GET /a?x=1 HTTP/1.1" 200 10',
        '10.0.0.1 - - [01/Jan/2025:00:00:03 +0000] "GET /c HTTP/1.1" 503 0',
    ]
    report = summarize(lines)
    assert report.error_rate == 0.5
    assert report.top_paths(2) == [("/a", 2), ("/b", 1)]


def test_an_empty_log_gives_an_empty_report():
    report = summarize([])
    assert report.requests == 0
    assert report.error_rate == 0.0
