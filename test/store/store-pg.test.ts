/** The store's shared suite (test/store/suite.ts) on PostgreSQL: each test in a fresh schema, dropped after it. */
import { describe, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { dropSchemas, freshSchema, pgAvailable, pgSkipMessage } from '../helpers/pg.js';
import { storeSuite } from './suite.js';

if (!pgAvailable) {
  console.warn(pgSkipMessage('store suite on PostgreSQL'));
  describe.skip('store (PostgreSQL)', () => it.skip('PostgreSQL not reachable', () => {}));
}
storeSuite({
  name: 'PostgreSQL',
  available: pgAvailable,
  open: async () => {
    const { schema, url } = freshSchema();
    const store = await openStore(url);
    return { store, cleanup: () => dropSchemas(schema) };
  },
});
