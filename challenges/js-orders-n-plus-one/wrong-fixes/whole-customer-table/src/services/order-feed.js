import { findCustomerById } from '../repositories/customers.js';
import { listOrders, findOrderById, itemsForOrders } from '../repositories/orders.js';
import { findProductsByIds } from '../repositories/products.js';

function present(order, customer, items, productsById) {
  const lines = items.map((item) => ({
    sku: productsById.get(item.productId)?.sku ?? null,
    name: productsById.get(item.productId)?.name ?? 'Unknown product',
    quantity: item.quantity,
    priceCents: item.priceCents,
  }));
  return {
    id: order.id,
    status: order.status,
    placedAt: order.placedAt,
    customer: customer ? { id: customer.id, name: customer.name } : null,
    items: lines,
    totalCents: lines.reduce((sum, line) => sum + line.quantity * line.priceCents, 0),
  };
}

async function loadItems(db, orders) {
  const items = await itemsForOrders(db, orders.map((order) => order.id));
  const products = await findProductsByIds(db, items.map((item) => item.productId));
  const productsById = new Map(products.map((product) => [product.id, product]));
  const itemsByOrder = new Map(orders.map((order) => [order.id, []]));
  for (const item of items) itemsByOrder.get(item.orderId).push(item);
  return { itemsByOrder, productsById };
}

// The dashboard's order list: newest first, with customer and line items.
export async function buildOrderFeed(db, { status, limit = 20 } = {}) {
  const orders = await listOrders(db, { status, limit });
  const { itemsByOrder, productsById } = await loadItems(db, orders);

  // One query for all customers instead of one per order.
  const customers = await db.select('customers');
  const customersById = new Map(customers.map((customer) => [customer.id, customer]));
  return orders.map((order) =>
    present(order, customersById.get(order.customerId), itemsByOrder.get(order.id), productsById),
  );
}

export async function getOrderDetails(db, id) {
  const order = await findOrderById(db, id);
  if (!order) return null;
  const { itemsByOrder, productsById } = await loadItems(db, [order]);
  const customer = await findCustomerById(db, order.customerId);
  return present(order, customer, itemsByOrder.get(order.id), productsById);
}
