// In-memory stand-in for the contacts table. Every call is asynchronous,
// like the real database driver.

const tick = () => new Promise((resolve) => setImmediate(resolve));

export class ContactStore {
  #rows = [];
  #nextId = 1;

  async findByEmail(email) {
    await tick();
    const found = this.#rows.find((row) => row.email === email);
    return found ? { ...found } : null;
  }

  async insert(contact) {
    await tick();
    const row = { id: this.#nextId++, ...contact };
    this.#rows.push(row);
    return { ...row };
  }

  async all() {
    await tick();
    return this.#rows.map((row) => ({ ...row }));
  }
}
