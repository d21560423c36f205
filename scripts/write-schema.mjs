// Writes schema/report.schema.json from the zod definition in src/model/report.ts (run after build).
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../dist/model/report.js';

writeFileSync(
  new URL('../schema/report.schema.json', import.meta.url),
  JSON.stringify(reportJsonSchema(), null, 2) + '\n',
);
