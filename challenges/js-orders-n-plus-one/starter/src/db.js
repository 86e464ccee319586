// A small in-memory stand-in for the SQL database, used by the tests and for local
// development. It mimics the driver's async API and keeps a log of every statement
// it ran in `db.queries`, which is what the query-budget checks look at.

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function describe(table, where) {
  const clauses = Object.entries(where).map(([column, value]) =>
    Array.isArray(value) ? `${column} IN (${value.join(', ')})` : `${column} = ${JSON.stringify(value)}`,
  );
  return `SELECT * FROM ${table}${clauses.length ? ` WHERE ${clauses.join(' AND ')}` : ''}`;
}

export class Database {
  constructor(tables = {}) {
    this.tables = structuredClone(tables);
    this.queries = [];
  }

  // where: { column: value } for equality or { column: [v1, v2] } for IN (...)
  // orderBy: [column, 'asc' | 'desc']
  async select(table, { where = {}, orderBy, limit } = {}) {
    if (!(table in this.tables)) throw new Error(`no such table: ${table}`);
    this.queries.push(describe(table, where));
    await nextTurn();
    let rows = this.tables[table].filter((row) =>
      Object.entries(where).every(([column, value]) =>
        Array.isArray(value) ? value.includes(row[column]) : row[column] === value,
      ),
    );
    if (orderBy) {
      const [column, direction = 'asc'] = orderBy;
      const sign = direction === 'desc' ? -1 : 1;
      rows = [...rows].sort((a, b) => (a[column] < b[column] ? -sign : a[column] > b[column] ? sign : 0));
    }
    if (limit !== undefined) rows = rows.slice(0, limit);
    return rows.map((row) => ({ ...row }));
  }
}
