import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amountPaid, balanceDue, paymentStatus, statementLine } from '../src/payments.ts';
import { subtotal, taxAmount, total } from '../src/invoice.ts';
import type { Invoice } from '../src/invoice.ts';
import type { Payment } from '../src/payments.ts';

const logoJob: Invoice = {
  id: 'INV-2031',
  taxRate: 0,
  items: [
    { description: 'Logo design', unitPrice: 12.5, quantity: 2 },
    { description: 'Stock photo licence', unitPrice: 5.3, quantity: 1 },
  ],
};

const pay = (...amounts: number[]): Payment[] =>
  amounts.map((amount, i) => ({ amount, receivedAt: `2025-0${i + 1}-15` }));

test('instalments that add up to the total mark the invoice paid', () => {
  assert.equal(paymentStatus(logoJob, pay(10.1, 20.2)), 'paid');
});

test('the balance of a fully paid invoice is exactly zero', () => {
  assert.equal(balanceDue(logoJob, pay(10.1, 20.2)), 0);
});

test('three small instalments do not tip the invoice into overpaid', () => {
  const stickers: Invoice = { id: 'INV-7', taxRate: 0, items: [{ description: 'Stickers', unitPrice: 0.2, quantity: 3 }] };
  assert.equal(total(stickers), 0.6);
  assert.equal(paymentStatus(stickers, pay(0.1, 0.2, 0.3)), 'paid');
});

test('the amount paid is reported to the cent', () => {
  assert.equal(amountPaid(pay(10.1, 20.2)), 30.3);
  assert.equal(amountPaid(pay(0.1, 0.2)), 0.3);
});

test('a partial payment leaves the exact remaining balance', () => {
  assert.equal(paymentStatus(logoJob, pay(10.1)), 'partial');
  assert.equal(balanceDue(logoJob, pay(10.1)), 20.2);
  assert.equal(statementLine(logoJob, pay(10.1)), 'INV-2031: partial, total $30.30, balance $20.20');
});

test('paying one cent too much is overpaid by exactly one cent', () => {
  assert.equal(paymentStatus(logoJob, pay(10.1, 20.21)), 'overpaid');
  assert.equal(balanceDue(logoJob, pay(10.1, 20.21)), -0.01);
});

test('paying one cent too little is still partial', () => {
  assert.equal(paymentStatus(logoJob, pay(10.1, 20.19)), 'partial');
  assert.equal(balanceDue(logoJob, pay(10.1, 20.19)), 0.01);
});

test('an invoice without payments is unpaid', () => {
  assert.equal(paymentStatus(logoJob, []), 'unpaid');
  assert.equal(balanceDue(logoJob, []), 30.3);
});

test('tax is added to the subtotal and rounded to the cent', () => {
  const workshop: Invoice = {
    id: 'INV-88',
    taxRate: 0.08,
    items: [
      { description: 'Workshop seat', unitPrice: 17, quantity: 2 },
      { description: 'Handout', unitPrice: 4.25, quantity: 2 },
    ],
  };
  assert.equal(subtotal(workshop), 42.5);
  assert.equal(taxAmount(workshop), 3.4);
  assert.equal(total(workshop), 45.9);
  assert.equal(paymentStatus(workshop, pay(45.9)), 'paid');
});
