import { formatMoney } from './money.ts';
import { total } from './invoice.ts';
import type { Invoice } from './invoice.ts';

export interface Payment {
  amount: number;
  receivedAt: string;
}

export type PaymentStatus = 'unpaid' | 'partial' | 'paid' | 'overpaid';

export function amountPaid(payments: Payment[]): number {
  return payments.reduce((sum, payment) => sum + payment.amount, 0);
}

// Positive: the client still owes money. Negative: the client paid too much.
export function balanceDue(invoice: Invoice, payments: Payment[]): number {
  return total(invoice) - amountPaid(payments);
}

export function paymentStatus(invoice: Invoice, payments: Payment[]): PaymentStatus {
  if (payments.length === 0) return 'unpaid';
  const due = balanceDue(invoice, payments);
  if (due > 0) return 'partial';
  if (due < 0) return 'overpaid';
  return 'paid';
}

export function statementLine(invoice: Invoice, payments: Payment[]): string {
  const status = paymentStatus(invoice, payments);
  return `${invoice.id}: ${status}, total ${formatMoney(total(invoice))}, balance ${formatMoney(balanceDue(invoice, payments))}`;
}
