"""Nightly statistics from the web servers' access logs."""

from .parser import LogEntry, parse_line
from .report import Report, summarize, summarize_file

__all__ = ["LogEntry", "parse_line", "Report", "summarize", "summarize_file"]
