// Amounts are plain numbers in dollars (12.5 means $12.50).

export function roundToCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatMoney(amount: number): string {
  return usd.format(amount);
}
