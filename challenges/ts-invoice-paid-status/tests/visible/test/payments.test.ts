import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paymentStatus, statementLine } from '../src/payments.ts';
import type { Invoice } from '../src/invoice.ts';

const invoice: Invoice = {
  id: 'INV-2031',
  taxRate: 0,
  items: [
    { description: 'Logo design', unitPrice: 12.5, quantity: 2 },
    { description: 'Stock photo licence', unitPrice: 5.3, quantity: 1 },
  ],
};

test('an invoice paid in one go is paid', () => {
  const payments = [{ amount: 30.3, receivedAt: '2025-04-02' }];
  assert.equal(paymentStatus(invoice, payments), 'paid');
});

test('an invoice paid in two instalments is paid', () => {
  const payments = [
    { amount: 10.1, receivedAt: '2025-04-02' },
    { amount: 20.2, receivedAt: '2025-05-02' },
  ];
  assert.equal(statementLine(invoice, payments), 'INV-2031: paid, total $30.30, balance $0.00');
});
