from logstats import summarize

LINES = [
    '203.0.113.7 - - [12/Mar/2025:06:25:01 +0000] "GET /products?page=2 HTTP/1.1" 200 5120 "-" "Mozilla/5.0"\n',
    '198.51.100.23 - - [12/Mar/2025:06:25:03 +0000] "POST /cart HTTP/1.1" 201 312 "https://shop.example/products" "Mozilla/5.0"\n',
    '203.0.113.7 - - [12/Mar/2025:06:25:09 +0000] "GET /products HTTP/1.1" 500 0 "-" "Mozilla/5.0"\n',
]


def test_counts_requests_statuses_and_bytes():
    report = summarize(LINES)
    assert report.requests == 3
    assert report.bytes_sent == 5432
    assert report.by_status == {200: 1, 201: 1, 500: 1}
    assert report.top_paths(1) == [("/products", 2)]


def test_a_garbage_line_does_not_crash_the_report():
    garbage = '192.0.2.44 - - [12/Mar/2025:06:26:00 +0000] "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03" 400 157 "-" "-"\n'
    report = summarize(LINES + [garbage])
    assert report.requests == 3
    assert report.malformed == 1
