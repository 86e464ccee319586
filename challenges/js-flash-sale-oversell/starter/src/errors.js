export class OutOfStockError extends Error {
  constructor(sku, requested, available) {
    super(`only ${available} of ${sku} left, ${requested} requested`);
    this.name = 'OutOfStockError';
    this.sku = sku;
    this.requested = requested;
    this.available = available;
  }
}

export class UnknownReservationError extends Error {
  constructor(id) {
    super(`unknown reservation ${id}`);
    this.name = 'UnknownReservationError';
  }
}
