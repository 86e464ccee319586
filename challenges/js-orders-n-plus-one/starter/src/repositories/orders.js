export async function listOrders(db, { status, limit }) {
  const where = status ? { status } : {};
  return db.select('orders', { where, orderBy: ['placedAt', 'desc'], limit });
}

export async function findOrderById(db, id) {
  const [row] = await db.select('orders', { where: { id } });
  return row ?? null;
}

export async function itemsForOrders(db, orderIds) {
  if (orderIds.length === 0) return [];
  return db.select('order_items', { where: { orderId: orderIds } });
}
