export async function findCustomerById(db, id) {
  const [row] = await db.select('customers', { where: { id } });
  return row ?? null;
}

export async function findCustomersByIds(db, ids) {
  if (ids.length === 0) return [];
  return db.select('customers', { where: { id: [...new Set(ids)] } });
}
