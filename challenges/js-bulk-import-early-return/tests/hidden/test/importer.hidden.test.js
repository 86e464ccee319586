import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContactStore } from '../src/db.js';
import { importContacts } from '../src/importer.js';
import { parseCsv } from '../src/csv.js';

test('the report counts every inserted contact once the import resolves', async () => {
  const store = new ContactStore();
  const report = await importContacts(
    store,
    'name,email\nA,a@example.com\nB,b@example.com\nC,c@example.com\n',
  );
  assert.equal(report.inserted, 3);
});

test('contacts are stored, normalised and in file order when the import resolves', async () => {
  const store = new ContactStore();
  await importContacts(store, 'name,email,company\nZed, Zed@Example.com ,Acme\nAmy,amy@example.com,Initech\n');
  const rows = await store.all();
  assert.deepEqual(rows, [
    { id: 1, name: 'Zed', email: 'zed@example.com', company: 'Acme' },
    { id: 2, name: 'Amy', email: 'amy@example.com', company: 'Initech' },
  ]);
});

test('contacts that already exist are skipped', async () => {
  const store = new ContactStore();
  await store.insert({ name: 'Ada', email: 'ada@example.com', company: '' });
  const report = await importContacts(store, 'name,email\nAda L.,ADA@example.com\nBob,bob@example.com\n');
  assert.equal(report.inserted, 1);
  assert.deepEqual(report.skipped, [{ line: 2, reason: 'duplicate email' }]);
  assert.equal((await store.all()).length, 2);
});

test('an email repeated inside the same file is imported only once', async () => {
  const store = new ContactStore();
  const report = await importContacts(
    store,
    'name,email\nAda,ada@example.com\nAda again,ada@example.com\nBob,bob@example.com\n',
  );
  assert.equal(report.inserted, 2);
  assert.deepEqual(report.skipped, [{ line: 3, reason: 'duplicate email' }]);
  const rows = await store.all();
  assert.deepEqual(
    rows.map((r) => r.name),
    ['Ada', 'Bob'],
  );
});

test('rows without an email are skipped with their line number', async () => {
  const store = new ContactStore();
  const report = await importContacts(store, 'name,email\nNo Mail,\n');
  assert.deepEqual(report, { inserted: 0, skipped: [{ line: 2, reason: 'missing email' }] });
});

test('an empty file imports nothing', async () => {
  const store = new ContactStore();
  assert.deepEqual(await importContacts(store, ''), { inserted: 0, skipped: [] });
  assert.deepEqual(await importContacts(store, 'name,email\n'), { inserted: 0, skipped: [] });
});

test('the CSV reader maps columns by header name', () => {
  assert.deepEqual(parseCsv('Email,Name\r\nx@example.com,X\r\n'), [{ email: 'x@example.com', name: 'X' }]);
});
