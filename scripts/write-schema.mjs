// Writes schema/*.schema.json from the zod definitions (run after build): the report contract
// (src/model/report.ts), verify (src/verify/schema.ts) and digest (src/digest/schema.ts).
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../dist/model/report.js';
import { verifyJsonSchema } from '../dist/verify/schema.js';
import { digestJsonSchema } from '../dist/digest/schema.js';

const write = (name, schema) =>
  writeFileSync(
    new URL(`../schema/${name}.schema.json`, import.meta.url),
    JSON.stringify(schema, null, 2) + '\n',
  );
write('report', reportJsonSchema());
write('verify', verifyJsonSchema());
write('digest', digestJsonSchema());
