import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkForUpdate } from '../src/notifier.js';

test('announces a new major release', () => {
  const result = checkForUpdate('1.4.0', ['1.4.0', '2.0.0']);
  assert.equal(result.updateAvailable, true);
  assert.equal(result.latest, '2.0.0');
});

test('announces a new minor release', () => {
  const result = checkForUpdate('1.4.0', ['1.4.0', '1.5.0']);
  assert.equal(result.updateAvailable, true);
  assert.equal(result.message, 'Update available: 1.4.0 -> 1.5.0');
});
