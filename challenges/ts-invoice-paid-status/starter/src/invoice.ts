import { roundToCents } from './money.ts';

export interface LineItem {
  description: string;
  unitPrice: number;
  quantity: number;
}

export interface Invoice {
  id: string;
  items: LineItem[];
  taxRate: number; // 0.08 for 8 %
}

export function subtotal(invoice: Invoice): number {
  return roundToCents(invoice.items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0));
}

export function taxAmount(invoice: Invoice): number {
  return roundToCents(subtotal(invoice) * invoice.taxRate);
}

export function total(invoice: Invoice): number {
  return roundToCents(subtotal(invoice) + taxAmount(invoice));
}
