import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContactStore } from '../src/db.js';
import { importContacts } from '../src/importer.js';

const csv = `name,email,company
Ada Lovelace,ada@example.com,Analytical Engines
Grace Hopper,grace@example.com,US Navy
`;

test('reports how many contacts were imported', async () => {
  const store = new ContactStore();
  const report = await importContacts(store, csv);
  assert.equal(report.inserted, 2);
  assert.deepEqual(report.skipped, []);
});

test('imported contacts are in the store when the import resolves', async () => {
  const store = new ContactStore();
  await importContacts(store, csv);
  const rows = await store.all();
  assert.deepEqual(
    rows.map((r) => r.email),
    ['ada@example.com', 'grace@example.com'],
  );
});
