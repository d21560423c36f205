/** The JSON form of a report: stable key order as built, two-space indent, one trailing newline. */
import type { Report } from '../model/report.js';

const replacer = (_k: string, v: unknown) => (v === Number.POSITIVE_INFINITY ? null : v);

export function renderJson(report: Report): string {
  return JSON.stringify(report, replacer, 2) + '\n';
}

/**
 * The same bytes as `renderJson`, in pieces: one per document, story and problem (arrays at the top
 * level are written element by element). A large batch's report is never one string: a 30 MB input made
 * a report past V8's string limit (`RangeError: Invalid string length`) and nothing was written.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (!entries.length) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (let j = 0; j < value.length; j++) {
        // JSON strings hold no raw newline, so re-indenting by line is exact
        const item = JSON.stringify(value[j], replacer, 2) ?? 'null';
        yield `    ${item.replace(/\n/g, '\n    ')}${j < value.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      const text = JSON.stringify(value, replacer, 2);
      yield `  ${JSON.stringify(key)}: ${text.replace(/\n/g, '\n  ')}${comma}\n`;
    }
  }
  yield '}\n';
}
