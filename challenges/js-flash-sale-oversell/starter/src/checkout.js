// Reserves every line of a cart, or nothing: if one line cannot be reserved the
// lines reserved so far are released and the error is rethrown.
export async function reserveCart(inventory, lines) {
  const reserved = [];
  try {
    for (const line of lines) {
      reserved.push(await inventory.reserve(line.sku, line.quantity));
    }
    return reserved;
  } catch (error) {
    for (const reservation of reserved.reverse()) {
      await inventory.release(reservation.id);
    }
    throw error;
  }
}
