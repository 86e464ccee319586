export async function findProductsByIds(db, ids) {
  if (ids.length === 0) return [];
  return db.select('products', { where: { id: [...new Set(ids)] } });
}
