import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DOC = join(__dirname, '..', '..', '..', 'docs', 'ats-api.md');

/** The first fenced block of `language` after `heading` in docs/ats-api.md, verbatim. */
export function docSnippet(heading: string, language: string): string {
  const doc = readFileSync(DOC, 'utf8');
  const at = doc.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`docs/ats-api.md has no "${heading}"`);
  const open = doc.indexOf(`\`\`\`${language}\n`, at);
  const close = doc.indexOf('\n```', open + 4);
  if (open < 0 || close < 0) throw new Error(`no ${language} block after "${heading}"`);
  return doc.slice(open + language.length + 4, close + 1);
}

/** One delivery as a receiver gets it: the raw body and its headers (lower-case names). */
export interface Delivery {
  secret: string;
  headers: Record<string, string>;
  body: string;
}

/** What the docs' receiver did with each delivery, and the event ids it handled. */
export interface ReceiverVerdicts {
  /** The HTTP status the snippet's handler answered, and what its verify function said. */
  answers: { status: number; verified: boolean }[];
  handled: string[];
}

// The snippets are run as published: only what they leave to the reader (the web framework's
// app object, the request, the reader's dedup store and handler) is provided around them.
const NODE_PRELUDE = `
const handlers = [];
const app = { post: (path, ...fns) => handlers.push(fns[fns.length - 1]) };
const express = { raw: () => (req, res, next) => next() };
const seen = new Set();
const handled = [];
function alreadySeen(id) { if (seen.has(id)) return true; seen.add(id); return false; }
function handle(event) { handled.push(event.id); }
`;
const NODE_DRIVER = `
const answers = [];
for (const d of JSON.parse(require('node:fs').readFileSync(0, 'utf8'))) {
  process.env.FIXPOINT_SECRET = d.secret;
  let status = 0;
  const req = { body: Buffer.from(d.body, 'utf8'), get: (name) => d.headers[name.toLowerCase()] };
  const res = { sendStatus: (code) => { status = code; return res; } };
  handlers[0](req, res);
  const verified = verifyFixpoint(d.secret, d.headers['fixpoint-signature'] ?? '', d.body);
  answers.push({ status, verified });
}
process.stdout.write(JSON.stringify({ answers, handled }));
`;

const PYTHON_PRELUDE = `
import json, sys
_handlers = []
class _App:
    def post(self, path):
        def register(f):
            _handlers.append(f)
            return f
        return register
app = _App()
class _Abort(Exception):
    def __init__(self, code):
        self.code = code
def abort(code):
    raise _Abort(code)
class _Headers:
    def __init__(self, headers):
        self._h = {k.lower(): v for k, v in headers.items()}
    def get(self, name, default=None):
        return self._h.get(name.lower(), default)
class _Request:
    def __init__(self, headers, body):
        self.headers = _Headers(headers)
        self._body = body
    def get_data(self):
        return self._body
    def get_json(self):
        return json.loads(self._body)
_seen = set()
_handled = []
def already_seen(event_id):
    if event_id in _seen:
        return True
    _seen.add(event_id)
    return False
def handle(event):
    _handled.append(event["id"])
SECRET = ""
request = None
`;
const PYTHON_DRIVER = `
_answers = []
for _d in json.load(sys.stdin):
    SECRET = _d["secret"]
    request = _Request(_d["headers"], _d["body"].encode("utf-8"))
    try:
        _status = _handlers[0]()[1]
    except _Abort as stop:
        _status = stop.code
    _verified = verify_fixpoint(_d["secret"], _d["headers"].get("fixpoint-signature", ""), _d["body"].encode("utf-8"))
    _answers.append({"status": _status, "verified": _verified})
print(json.dumps({"answers": _answers, "handled": _handled}))
`;

function run(command: string, file: string, deliveries: Delivery[]): ReceiverVerdicts {
  const out = execFileSync(command, [file], {
    input: JSON.stringify(deliveries),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return JSON.parse(out) as ReceiverVerdicts;
}

/**
 * Feeds `deliveries`, in order, to the receivers docs/ats-api.md publishes — the Node (Express)
 * and the Python (Flask) one, each extracted from the document and run by `node` and `python3`
 * — and answers what each did. Any drift between the documentation and the server's signing
 * shows up as a refused genuine delivery.
 */
export function docReceivers(deliveries: Delivery[]): {
  node: ReceiverVerdicts;
  python: ReceiverVerdicts;
} {
  const dir = mkdtempSync(join(tmpdir(), 'fixpoint-doc-snippets-'));
  const nodeFile = join(dir, 'receiver.cjs');
  writeFileSync(nodeFile, NODE_PRELUDE + docSnippet('### Verifying in Node', 'js') + NODE_DRIVER);
  const pythonFile = join(dir, 'receiver.py');
  writeFileSync(
    pythonFile,
    PYTHON_PRELUDE + docSnippet('### Verifying in Python', 'python') + PYTHON_DRIVER,
  );
  return {
    node: run(process.execPath, nodeFile, deliveries),
    python: run('python3', pythonFile, deliveries),
  };
}
