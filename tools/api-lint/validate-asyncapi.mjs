// Validates an AsyncAPI document with @asyncapi/parser (its own JSON Schema and Spectral rules,
// and every payload schema through the schema parsers it registers).
// Usage: node tools/api-lint/validate-asyncapi.mjs <asyncapi.json|yaml>
// Prints every diagnostic, then "asyncapi: N errors, M warnings"; exits 1 on any error.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate-asyncapi.mjs <asyncapi document>');
  process.exit(2);
}

let text;
try {
  text = await readFile(file, 'utf8');
} catch (e) {
  console.error(`cannot read ${file}: ${e.message}`);
  process.exit(2);
}

const parser = new Parser();
const source = pathToFileURL(resolve(file)).href;
const { document, diagnostics } = await parser.parse(text, { source });

const count = [0, 0, 0, 0];
for (const d of diagnostics) {
  const severity = typeof d.severity === 'number' ? d.severity : DiagnosticSeverity.Error;
  count[severity] = (count[severity] ?? 0) + 1;
  const path = Array.isArray(d.path) && d.path.length ? d.path.join('.') : '(document)';
  const line = d.range ? `:${d.range.start.line + 1}` : '';
  console.log(`${SEVERITIES[severity] ?? severity}\t${d.code ?? ''}\t${path}${line}\t${d.message}`);
}

const errors = count[DiagnosticSeverity.Error];
const warnings = count[DiagnosticSeverity.Warning];
if (document) {
  console.log(`parsed: AsyncAPI ${document.version()}, ${document.channels().length} channels, `
    + `${document.operations().length} operations, ${document.components().messages().length} messages`);
} else if (errors === 0) {
  console.log('parsed: no document although no error was reported');
}
console.log(`asyncapi: ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 || !document ? 1 : 0);
