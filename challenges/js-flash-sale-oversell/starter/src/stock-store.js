// Client for the remote key-value store that holds stock levels. In production
// every call is a network round trip; here the values live in memory but every
// call still yields to the event loop, like the real client does.

const roundTrip = () => new Promise((resolve) => setImmediate(resolve));

export class StockStore {
  #levels = new Map();

  constructor(initial = {}) {
    for (const [sku, quantity] of Object.entries(initial)) this.#levels.set(sku, quantity);
  }

  async get(sku) {
    await roundTrip();
    return this.#levels.get(sku) ?? 0;
  }

  async set(sku, quantity) {
    await roundTrip();
    this.#levels.set(sku, quantity);
  }
}
