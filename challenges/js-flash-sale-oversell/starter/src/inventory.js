import { KeyedMutex } from './keyed-mutex.js';
import { OutOfStockError, UnknownReservationError } from './errors.js';

// Reserves units of a SKU for a checkout. The read-check-write on the stock level
// is not atomic in the store, so every change to a SKU goes through the mutex.
export class InventoryService {
  #reservations = new Map();
  #nextId = 1;

  constructor(store, mutex = new KeyedMutex()) {
    this.store = store;
    this.mutex = mutex;
  }

  async reserve(sku, quantity) {
    if (!Number.isInteger(quantity) || quantity < 1) throw new RangeError('quantity must be a positive integer');
    return this.mutex.run(sku, async () => {
      const available = await this.store.get(sku);
      if (available < quantity) throw new OutOfStockError(sku, quantity, available);
      await this.store.set(sku, available - quantity);
      const reservation = { id: `r${this.#nextId++}`, sku, quantity };
      this.#reservations.set(reservation.id, reservation);
      return reservation;
    });
  }

  async release(reservationId) {
    const reservation = this.#reservations.get(reservationId);
    if (!reservation) throw new UnknownReservationError(reservationId);
    this.#reservations.delete(reservationId);
    await this.mutex.run(reservation.sku, async () => {
      const available = await this.store.get(reservation.sku);
      await this.store.set(reservation.sku, available + reservation.quantity);
    });
  }

  async restock(sku, quantity) {
    await this.mutex.run(sku, async () => {
      const available = await this.store.get(sku);
      await this.store.set(sku, available + quantity);
    });
  }

  async available(sku) {
    return this.store.get(sku);
  }

  get activeReservations() {
    return this.#reservations.size;
  }
}
