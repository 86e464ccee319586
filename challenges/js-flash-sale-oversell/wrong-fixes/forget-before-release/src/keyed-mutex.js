// Serialises async work per key: tasks for the same key run one after another,
// in arrival order; tasks for different keys run independently.
//
// Each key maps to the promise that settles when the most recently queued task
// for that key releases the lock. A new task waits for that promise, then puts
// its own in its place.
export class KeyedMutex {
  #tails = new Map();

  // Number of keys with a running or queued task.
  get size() {
    return this.#tails.size;
  }

  isLocked(key) {
    return this.#tails.has(key);
  }

  async run(key, task) {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let release;
    const current = new Promise((resolve) => {
      release = resolve;
    });
    this.#tails.set(key, current);

    await previous;
    try {
      return await task();
    } finally {
      // Forget the key first, so nothing can find a lock that is being released.
      this.#tails.delete(key);
      release();
    }
  }
}
