// Reads YAML files (configuration, presets, user rules) so that every complaint about them names
// the file, line and column: the `yaml` package's LineCounter maps node offsets to positions, and
// YamlNode walks the document with typed accessors that throw a UserError at the offending node.

import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair as YamlPair } from 'yaml';
import { UserError } from '../core/errors.js';
import { readDocument } from '../core/document.js';
import { nearDistance } from '../core/edit-distance.js';

export interface Where {
  file: string;
  line: number;
  column: number;
}

export class YamlFile {
  readonly file: string;
  readonly doc: Document;
  private readonly lc: LineCounter;

  constructor(file: string, text: string) {
    this.file = file;
    this.lc = new LineCounter();
    this.doc = parseDocument(text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: true, strict: true });
    const err = this.doc.errors[0];
    if (err) {
      const at = this.lc.linePos(err.pos[0]);
      throw new UserError(`invalid YAML: ${yamlMessage(err.code, err.message)}`, { file, line: at.line, column: at.col });
    }
  }

  /** The position of a text offset. */
  where(offset: number): Where {
    const at = this.lc.linePos(offset);
    return { file: this.file, line: at.line, column: at.col };
  }

  /** The top-level node (an empty file is an empty map); `label` names it in messages. */
  root(label = 'the file'): YamlNode {
    return new YamlNode(this, (this.doc.contents as Node | null) ?? null, 0, label);
  }
}

/** Reads a YAML file; `file` is the path shown in messages, read relative to `cwd`. */
export function readYamlFile(file: string, cwd?: string): YamlFile {
  return new YamlFile(file, readDocument(file, cwd).text);
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'a key appears twice in the same map';
  if (code === 'MULTIPLE_DOCS') return 'holds several YAML documents (only one is read)';
  return message.replace(/\s+/g, ' ').replace(/\.$/, '').replace(/ at line \d+, column \d+.*$/, '');
}

export type ScalarType = 'string' | 'boolean' | 'number' | 'list' | 'map' | 'null';

/** One node of a YAML document with the accessors a validator needs. */
export class YamlNode {
  readonly file: YamlFile;
  readonly node: Node | null;
  /** Offset used for messages when the node is null (an absent value after `key:`). */
  private readonly fallback: number;
  /** What the node is, for messages: `'rules.whitespace'`, `the file`. */
  readonly label: string;

  constructor(file: YamlFile, node: Node | null, fallback: number, label: string) {
    this.file = file;
    this.node = node && isAlias(node) ? ((node.resolve(file.doc) as Node | undefined) ?? null) : node;
    this.fallback = fallback;
    this.label = label;
  }

  get where(): Where {
    const at = this.node?.range?.[0] ?? this.fallback;
    return this.file.where(at);
  }

  error(message: string): UserError {
    const w = this.where;
    return new UserError(message, { file: w.file, line: w.line, column: w.column });
  }

  get type(): ScalarType {
    const n = this.node;
    if (n === null) return 'null';
    if (isMap(n)) return 'map';
    if (isSeq(n)) return 'list';
    if (isScalar(n)) {
      const v = n.value;
      if (v === null || v === undefined) return 'null';
      if (typeof v === 'boolean') return 'boolean';
      if (typeof v === 'number') return 'number';
      return 'string';
    }
    return 'null';
  }

  isNull(): boolean {
    return this.type === 'null';
  }

  /** Entries of a map, in order; each key must be a plain string. */
  entries(): Array<{ key: string; keyNode: YamlNode; value: YamlNode }> {
    if (this.type === 'null') return [];
    if (!isMap(this.node)) throw this.error(`${this.label} must be a map of keys to values, not ${describe(this.type)}`);
    return this.node.items.map((item: YamlPair<unknown, unknown>) => {
      const k = item.key as Node | null;
      const keyNode = new YamlNode(this.file, k, this.node!.range?.[0] ?? 0, 'a key');
      if (!k || !isScalar(k) || (typeof k.value !== 'string' && typeof k.value !== 'number')) throw keyNode.error(`keys of ${this.label} must be plain strings`);
      const key = String(k.value);
      const after = k.range?.[1] ?? 0;
      const label = this.label.startsWith('the ') ? `'${key}'` : `'${this.label.replace(/^'|'$/g, '')}.${key}'`;
      return { key, keyNode, value: new YamlNode(this.file, (item.value as Node | null) ?? null, after, label) };
    });
  }

  /** Map entries, refusing keys outside `allowed` with the list of what is allowed. */
  fields(allowed: readonly string[]): Map<string, { keyNode: YamlNode; value: YamlNode }> {
    const out = new Map<string, { keyNode: YamlNode; value: YamlNode }>();
    for (const e of this.entries()) {
      if (!allowed.includes(e.key)) {
        const near = closest(e.key, allowed);
        throw e.keyNode.error(`unknown key '${e.key}' in ${this.label}${near ? ` (did you mean '${near}'?)` : ''}; allowed: ${allowed.join(', ')}`);
      }
      out.set(e.key, { keyNode: e.keyNode, value: e.value });
    }
    return out;
  }

  items(): YamlNode[] {
    if (!isSeq(this.node)) throw this.error(`${this.label} must be a list, not ${describe(this.type)}`);
    return this.node.items.map((n, i) => new YamlNode(this.file, (n as Node | null) ?? null, this.node!.range?.[0] ?? 0, `${this.label}[${i}]`));
  }

  /** A list, or a single item taken as a list of one. */
  itemsOrOne(): YamlNode[] {
    return this.type === 'list' ? this.items() : [this];
  }

  string(): string {
    if (this.type !== 'string' && this.type !== 'number') throw this.error(`${this.label} must be a string, not ${describe(this.type)}`);
    return String((this.node as { value: unknown }).value);
  }

  nonEmptyString(): string {
    const s = this.string();
    if (s.trim() === '') throw this.error(`${this.label} must not be empty`);
    return s;
  }

  boolean(): boolean {
    if (this.type !== 'boolean') throw this.error(`${this.label} must be true or false, not ${describe(this.type)}`);
    return (this.node as { value: boolean }).value;
  }

  number(): number {
    if (this.type !== 'number') throw this.error(`${this.label} must be a number, not ${describe(this.type)}`);
    return (this.node as { value: number }).value;
  }

  oneOf<T extends string>(values: readonly T[]): T {
    const s = this.type === 'string' ? this.string() : undefined;
    if (s === undefined || !(values as readonly string[]).includes(s)) {
      throw this.error(`${this.label} must be one of ${values.join(', ')}${s !== undefined ? ` (got '${s}')` : `, not ${describe(this.type)}`}`);
    }
    return s as T;
  }

  stringList(): string[] {
    return this.itemsOrOne().map((n) => n.nonEmptyString());
  }

  /** The plain JavaScript value (for free-form option values). */
  toJS(): unknown {
    if (this.node === null) return null;
    return (this.node as { toJSON(): unknown }).toJSON();
  }
}

export function describe(t: ScalarType): string {
  switch (t) {
    case 'null':
      return 'empty';
    case 'list':
      return 'a list';
    case 'map':
      return 'a map';
    case 'boolean':
      return 'true/false';
    default:
      return `a ${t}`;
  }
}

/** The allowed word nearest to a misspelt one (edit distance ≤ 2), for "did you mean". */
export function closest(word: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const a of allowed) {
    const d = nearDistance(word.toLowerCase(), a.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = a;
    }
  }
  return best;
}
