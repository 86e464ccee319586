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
  FIXPOINT-INTEGRITY {"findings": [...], "tests": n}
"""

import json
import os

import _pytest.reports
import _pytest.runner
import pytest

_FD = os.dup(2)
_snapshot = {}
_raised = {}
_reported = {}


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
    line = "FIXPOINT-INTEGRITY " + json.dumps({"findings": findings[:50], "tests": len(_raised)}) + "\n"
    try:
        os.write(_FD, line.encode())
    except OSError:
        pass
