import { existsSync, readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from '../validation/problem.js';

/** A parsed YAML file that can say on which line a key path sits (for error messages). */
export interface YamlFile {
  data: unknown;
  lineOf(path: (string | number)[]): number | undefined;
}

/**
 * Line of the deepest part of `path` that exists: a missing `options.b.text` points at `b:`,
 * which is where the author has to add it.
 */
function lineOf(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let line = (doc.contents as Node | null)?.range ? counter.linePos((doc.contents as Node).range![0]).line : undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as Node;
      if (key.range) line = counter.linePos(key.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      const item = node.items[segment] as Node;
      if (item.range) line = counter.linePos(item.range[0]).line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/** Reads `file`; a missing or unparsable file becomes a problem (`required` decides for missing). */
export function readYamlFile(file: string, displayName: string, problems: Problem[], required = true): YamlFile | undefined {
  if (!existsSync(file)) {
    if (required) problems.push({ file: displayName, message: 'is missing' });
    return undefined;
  }
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({ file: displayName, line: counter.linePos(error.pos[0]).line, message: `is not valid YAML: ${error.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return { data: doc.toJS() as unknown, lineOf: (path) => lineOf(doc, counter, path) };
}
