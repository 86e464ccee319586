import { readFileSync } from 'node:fs';

/**
 * A small reader of schema.prisma: just enough to compare it with the migrated database
 * (the Prisma schema engine, which would diff them, cannot be installed here).
 */
export interface SchemaColumn {
  field: string;
  column: string;
  prismaType: string;
  nativeType?: string;
  optional: boolean;
  list: boolean;
}

export interface SchemaTable {
  model: string;
  table: string;
  columns: SchemaColumn[];
}

export interface SchemaEnum {
  name: string;
  dbName: string;
  values: string[];
}

export interface PrismaSchema {
  tables: SchemaTable[];
  enums: SchemaEnum[];
}

const BLOCK = /^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm;

export function readPrismaSchema(path: string): PrismaSchema {
  const text = readFileSync(path, 'utf8').replace(/\/\/.*$/gm, '');
  const blocks = [...text.matchAll(BLOCK)].map(([, kind, name, body]) => ({ kind, name, body }));
  const enumNames = new Set(blocks.filter((b) => b.kind === 'enum').map((b) => b.name));
  const modelNames = new Set(blocks.filter((b) => b.kind === 'model').map((b) => b.name));

  const enums = blocks
    .filter((b) => b.kind === 'enum')
    .map(({ name, body }) => ({
      name,
      dbName: /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? name,
      values: lines(body)
        .filter((l) => !l.startsWith('@@'))
        .map((l) => /@map\("([^"]+)"\)/.exec(l)?.[1] ?? l.split(/\s+/)[0]),
    }));

  const tables = blocks
    .filter((b) => b.kind === 'model')
    .map(({ name, body }) => ({
      model: name,
      table: /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? name,
      columns: lines(body)
        .filter((l) => !l.startsWith('@@'))
        .map((l) => {
          const [field, type] = l.split(/\s+/);
          const base = type.replace(/[?[\]]/g, '').replace(/\?$/, '');
          return { field, type, base, attrs: l.slice(field.length + type.length + 1) };
        })
        // Relation fields are Prisma-side only; their foreign-key scalars are real columns.
        .filter(({ base }) => !modelNames.has(base))
        .map(({ field, type, base, attrs }) => ({
          field,
          column: /@map\("([^"]+)"\)/.exec(attrs)?.[1] ?? field,
          prismaType: enumNames.has(base) ? `enum:${base}` : base,
          nativeType: /@db\.(\w+)/.exec(attrs)?.[1],
          optional: type.endsWith('?'),
          list: type.endsWith('[]'),
        })),
    }));

  return { tables, enums };
}

function lines(body: string): string[] {
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The information_schema data_type PostgreSQL reports for a Prisma scalar (native type first). */
export function expectedDataType(column: SchemaColumn): string {
  if (column.list) return 'ARRAY';
  const unsupported = /^Unsupported\("(\w+)"\)$/.exec(column.prismaType);
  if (unsupported) return unsupported[1];
  if (column.prismaType.startsWith('enum:')) return 'USER-DEFINED';
  const native: Record<string, string> = {
    Uuid: 'uuid',
    Timestamptz: 'timestamp with time zone',
    Timestamp: 'timestamp without time zone',
    Date: 'date',
    VarChar: 'character varying',
    Text: 'text',
    Citext: 'USER-DEFINED',
    SmallInt: 'smallint',
    Inet: 'inet',
    JsonB: 'jsonb',
  };
  if (column.nativeType) return native[column.nativeType] ?? column.nativeType.toLowerCase();
  const scalar: Record<string, string> = {
    String: 'text',
    Int: 'integer',
    BigInt: 'bigint',
    Boolean: 'boolean',
    DateTime: 'timestamp without time zone',
    Float: 'double precision',
    Decimal: 'numeric',
    Json: 'jsonb',
    Bytes: 'bytea',
  };
  return scalar[column.prismaType] ?? `unknown Prisma type ${column.prismaType}`;
}
