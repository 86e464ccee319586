"""Loaded first into every graded pytest run (-p fixpoint_integrity), before any test or
solution module is imported.

pytest runs solution code in its own process, so nothing here is out of a forger's reach; this
is defence in depth that makes the simple tricks visible (canaries and the test-set check catch
the rest):
- it snapshots the reporting machinery (TestReport and its outcome logic, the runner's
  makereport, every registered hook implementation) at configure time, before collection
  imports any solution module, and compares at the end of the session;
- it records each test's outcome itself, from the raw call information (whether the test body
  raised), and compares with the outcome pytest's reports carried;
- it writes one line to the real stderr descriptor it duplicated at load time:
  FIXPOINT-INTEGRITY {"findings": [...], "tests": n, "passed": [...]} <hmac>
  where "passed" lists the report names (as the JUnit XML will have them) of the tests pytest
  reported passed, and <hmac> is HMAC-SHA256 of the JSON with the run's secret. The secret
  arrives on fd 5 (a pipe the controller writes and closes) and is read and closed here, before
  any solution module is imported: solution code cannot sign a line of its own, and a report
  rewritten after the tests ran (an exit hook, a finaliser) no longer matches the signed list.
"""

import hashlib
import hmac
import json
import os
import select

import _pytest.junitxml
import _pytest.reports
import _pytest.runner
import pytest

_FD = os.dup(2)
_snapshot = {}
_raised = {}
_reported = {}
_passed_calls = set()
_failed = set()
_write = os.write
_mangle = _pytest.junitxml.mangle_test_address


def _read_secret(fd=5, timeout=5.0):
    """The run's secret from fd 5, or None when there is none (not a graded run)."""
    try:
        chunks = []
        while select.select([fd], [], [], timeout)[0]:
            chunk = os.read(fd, 256)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(fd)
        return b"".join(chunks) or None
    except (OSError, ValueError):
        return None


_SECRET = _read_secret()


def _fingerprint(config):
    marks = {
        "TestReport": dict(vars(_pytest.reports.TestReport)),
        "BaseReport": dict(vars(_pytest.reports.BaseReport)),
        "runner": {k: getattr(_pytest.runner, k, None) for k in ("pytest_runtest_makereport", "call_and_report", "check_interactive_exception")},
        "pytest": {k: getattr(pytest, k, None) for k in ("fail", "skip", "xfail", "raises", "approx")},
    }
    hooks = {}
    for name in ("pytest_runtest_makereport", "pytest_runtest_logreport", "pytest_report_teststatus", "pytest_runtest_protocol", "pytest_runtest_call", "pytest_pyfunc_call"):
        caller = getattr(config.hook, name, None)
        hooks[name] = [(impl.plugin_name, impl.function) for impl in caller.get_hookimpls()] if caller else []
    marks["hooks"] = hooks
    return marks


@pytest.hookimpl(trylast=True)
def pytest_sessionstart(session):
    # After every plugin's configure (the terminal reporter registers there), before collection.
    _snapshot["before"] = _fingerprint(session.config)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    if call.when == "call":
        # The body raised unless excinfo is None; a skip raises too and is not a failure.
        exc = call.excinfo
        _raised[item.nodeid] = exc is not None and not exc.errisinstance(pytest.skip.Exception)
    yield


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_logreport(report):
    if report.when == "call":
        _reported[report.nodeid] = report.outcome
        if report.passed:
            _passed_calls.add(report.nodeid)
    if report.failed:
        _failed.add(report.nodeid)


def _report_name(nodeid):
    """The name the JUnit XML gives a test: classname::name (what the python runner reads)."""
    names = _mangle(nodeid)
    classname = ".".join(names[:-1])
    return f"{classname}::{names[-1]}" if classname else names[-1]


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session):
    findings = []
    before = _snapshot.get("before")
    if before is not None:
        after = _fingerprint(session.config)
        for part in ("TestReport", "BaseReport", "runner", "pytest"):
            for key in set(before[part]) | set(after[part]):
                if before[part].get(key) is not after[part].get(key):
                    findings.append({"code": "freeze-patched", "what": f"{part}.{key}"})
        for name, impls in after["hooks"].items():
            if [f for _, f in impls] != [f for _, f in before["hooks"].get(name, [])]:
                new = [p for p, f in impls if (p, f) not in before["hooks"].get(name, [])]
                # conftest.py plugins register during collection; they are the challenge's own.
                if any("conftest" not in str(p) for p in new) or len(new) == 0:
                    findings.append({"code": "freeze-hook", "what": name})
    for nodeid, raised in _raised.items():
        outcome = _reported.get(nodeid)
        if raised and outcome == "passed":
            findings.append({"code": "freeze-outcome", "what": nodeid})
    passed = sorted(_report_name(n) for n in _passed_calls - _failed)
    body = json.dumps({"findings": findings[:50], "tests": len(_raised), "passed": passed})
    mac = hmac.new(_SECRET, body.encode(), hashlib.sha256).hexdigest() if _SECRET else None
    line = "FIXPOINT-INTEGRITY " + body + (" " + mac if mac else "") + "\n"
    try:
        _write(_FD, line.encode())
    except OSError:
        pass
