export interface Plan {
  id: string;
  name: string;
  intervalMonths: number;
  priceCents: number;
}

export const PLANS: Record<string, Plan> = {
  monthly: { id: 'monthly', name: 'Monthly', intervalMonths: 1, priceCents: 1_200 },
  quarterly: { id: 'quarterly', name: 'Quarterly', intervalMonths: 3, priceCents: 3_300 },
  yearly: { id: 'yearly', name: 'Yearly', intervalMonths: 12, priceCents: 12_000 },
};

export function planById(id: string): Plan {
  const plan = PLANS[id];
  if (!plan) throw new Error(`unknown plan ${id}`);
  return plan;
}
