/**
 * A small, forgiving XML reader for test reports (JUnit XML and its dialects). Enough of XML
 * for machine-written reports: elements, attributes, text, CDATA, comments, processing
 * instructions, DOCTYPE and character/entity references. No external entities, no DTDs, so no
 * XXE. A truncated document yields what was read before the cut.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (character data and CDATA, concatenated). */
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  const top = () => stack[stack.length - 1];
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      top().text += decodeEntities(xml.slice(i));
      break;
    }
    if (lt > i) top().text += decodeEntities(xml.slice(i, lt));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end === -1 ? xml.length : end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      top().text += xml.slice(lt + 9, end === -1 ? xml.length : end);
      i = end === -1 ? xml.length : end + 3;
    } else if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt);
      i = end === -1 ? xml.length : end + 1;
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      const name = xml.slice(lt + 2, end === -1 ? xml.length : end).trim();
      // Pop to the matching element; a stray close tag is ignored.
      const idx = stack.map((e) => e.name).lastIndexOf(name);
      if (idx > 0) stack.length = idx;
      i = end === -1 ? xml.length : end + 1;
    } else {
      const end = findTagEnd(xml, lt + 1);
      if (end === -1) break;
      const body = xml.slice(lt + 1, end);
      const selfClosing = body.endsWith('/');
      const inner = selfClosing ? body.slice(0, -1) : body;
      const nameMatch = /^[^\s/>]+/.exec(inner);
      const el: XmlElement = {
        name: nameMatch ? nameMatch[0] : '',
        attrs: {},
        children: [],
        text: '',
      };
      for (const m of inner.slice(el.name.length).matchAll(ATTR)) {
        el.attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? '');
      }
      top().children.push(el);
      if (!selfClosing) stack.push(el);
      i = end + 1;
    }
  }
  return root;
}

/** The index of the `>` closing a start tag, skipping `>` inside quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote: string | null = null;
  for (let j = from; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}

/** Every descendant element named `name`, depth-first, with the chain of its ancestors. */
export function findAll(
  el: XmlElement,
  name: string,
  ancestors: XmlElement[] = [],
): { el: XmlElement; ancestors: XmlElement[] }[] {
  const out: { el: XmlElement; ancestors: XmlElement[] }[] = [];
  for (const child of el.children) {
    if (child.name === name) out.push({ el: child, ancestors });
    out.push(...findAll(child, name, [...ancestors, child]));
  }
  return out;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}
