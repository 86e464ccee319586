import { atsDocument, operationsOf, type OpenApiDocument } from '@fixpoint/openapi';

const esc = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `code` spans of the document's Markdown-ish descriptions; everything else stays text. */
const prose = (text: string | undefined) =>
  esc(text ?? '').replace(/`([^`]+)`/g, (_m, code: string) => `<code>${code}</code>`);

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  oneOf?: Schema[];
  allOf?: Schema[];
  description?: string;
  format?: string;
};

const refName = (ref: string) => ref.split('/').pop()!;

function typeOf(schema: Schema | undefined): string {
  if (!schema) return '';
  if (schema.$ref)
    return `<a href="#schema-${esc(refName(schema.$ref))}">${esc(refName(schema.$ref))}</a>`;
  if (schema.oneOf) return schema.oneOf.map(typeOf).join(' | ');
  if (schema.allOf) return schema.allOf.map(typeOf).join(' & ');
  if (schema.enum)
    return schema.enum.map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  if (type === 'array') return `${typeOf(schema.items)}[]`;
  return esc(schema.format ? `${type} (${schema.format})` : type);
}

function schemaTable(schema: Schema): string {
  if (!schema.properties) return `<p>${typeOf(schema)}</p>`;
  const rows = Object.entries(schema.properties).map(
    ([name, prop]) =>
      `<tr><td><code>${esc(name)}</code>${schema.required?.includes(name) ? ' <span class="req">required</span>' : ''}</td><td>${typeOf(prop)}</td><td>${prose(prop.description)}</td></tr>`,
  );
  return `<table><thead><tr><th>field</th><th>type</th><th>meaning</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The API reference at /docs/api, rendered on the server from the OpenAPI document: plain
 * HTML and one stylesheet, no script at all, so it works under the strictest CSP (no CDN, no
 * inline code). Operations by tag, their scope, parameters, body and answers; then schemas.
 */
export function renderApiReference(document: OpenApiDocument = atsDocument()): string {
  const ops = operationsOf(document);
  const tags = [...new Set(ops.flatMap((o) => o.op.tags ?? []))];
  const schemas = (document.components.schemas ?? {}) as Record<string, Schema>;
  const nav = tags.map((t) => `<li><a href="#tag-${esc(t)}">${esc(t)}</a></li>`).join('');
  const sections = tags.map((tag) => {
    const items = ops
      .filter((o) => o.op.tags?.includes(tag))
      .map(({ method, path, op }) => {
        const params = (op.parameters ?? [])
          .map((p) =>
            p.$ref
              ? (
                  document.components.parameters as Record<
                    string,
                    { name: string; in: string; required?: boolean; description?: string }
                  >
                )[refName(p.$ref)]
              : (p as { name: string; in: string; required?: boolean; description?: string }),
          )
          .map(
            (p) =>
              `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''}) ${prose(p.description)}</li>`,
          )
          .join('');
        const body = op.requestBody?.content['application/json']?.schema as Schema | undefined;
        const responses = Object.entries(op.responses)
          .map(([status, r]) => {
            const resolved = r.$ref
              ? (document.components.responses as Record<string, { description?: string }>)[
                  refName(r.$ref)
                ]
              : (r as { description?: string });
            return `<li><code>${esc(status)}</code> ${prose(resolved?.description)}</li>`;
          })
          .join('');
        return `<section class="op" id="op-${esc(op.operationId)}">
<h3><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code>/ats/v1${esc(path)}</code></h3>
<p class="summary">${esc(op.summary)}${op['x-scope'] ? ` · scope <code>${esc(op['x-scope'])}</code>` : ''}</p>
<p>${prose(op.description)}</p>
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}
${body ? `<h4>Body</h4>${typeOf(body)}` : ''}
<h4>Answers</h4><ul>${responses}</ul></section>`;
      });
    return `<h2 id="tag-${esc(tag)}">${esc(tag)}</h2>${items.join('\n')}`;
  });
  const webhooks = Object.entries(document.webhooks ?? {})
    .map(([name, item]) => `<li><code>${esc(name)}</code>: ${prose(item.post?.description)}</li>`)
    .join('');
  const schemaSections = Object.entries(schemas)
    .map(
      ([name, s]) =>
        `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3><p>${prose(s.description)}</p>${schemaTable(s)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(document.info.title)} ${esc(document.info.version)}</title>
<link rel="stylesheet" href="/docs/api.css"></head>
<body><header><h1>${esc(document.info.title)} <small>${esc(document.info.version)}</small></h1>
<p>${prose(document.info.description)}</p>
<p>Machine-readable: <a href="/ats/v1/openapi.json">/ats/v1/openapi.json</a> (OpenAPI 3.1).</p>
<nav aria-label="Sections"><ul>${nav}<li><a href="#webhooks">Webhook events</a></li><li><a href="#schemas">Schemas</a></li></ul></nav></header>
<main>${sections.join('\n')}
<h2 id="webhooks">Webhook events</h2><ul>${webhooks}</ul>
<h2 id="schemas">Schemas</h2>${schemaSections}</main></body></html>`;
}

export const API_REFERENCE_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f2430;background:#fafafa}
header,main{max-width:960px;margin:0 auto;padding:16px 24px}header{border-bottom:1px solid #ddd}
nav ul{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0}a{color:#3346c4}
code{font:13px ui-monospace,monospace;background:#eef0f5;padding:1px 4px;border-radius:3px}
.op{background:#fff;border:1px solid #e2e4ea;border-radius:8px;padding:8px 16px;margin:16px 0}
.method{display:inline-block;min-width:56px;text-align:center;border-radius:4px;color:#fff;font-size:12px;padding:2px 6px}
.get{background:#2f7d4f}.post{background:#3346c4}.delete{background:#b3261e}.put,.patch{background:#8a5a00}
.summary{color:#555}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;text-align:left;padding:4px 8px;vertical-align:top}
.req{color:#b3261e;font-size:12px}small{color:#777;font-weight:normal}`;
