import type { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/load-config';

/** The committed schema every front end is generated from (`npm run schema:emit`). */
export const SCHEMA_FILE = require.resolve('@fixpoint/contracts/graphql/schema.graphql');

type ModuleEntry = Type | DynamicModule | ForwardReference | Promise<DynamicModule> | undefined;

/**
 * The resolver classes the API registers: every provider of the module graph under AppModule
 * that is a @Resolver, so the schema is the one served, not one of every file that exists.
 */
export function resolversOf(root: ModuleEntry): Type[] {
  const seen = new Set<unknown>();
  const found = new Set<Type>();
  const visit = (entry: ModuleEntry) => {
    if (!entry || entry instanceof Promise || seen.has(entry)) return;
    seen.add(entry);
    if ('forwardRef' in entry) return visit(entry.forwardRef() as ModuleEntry);
    const module = 'module' in entry ? entry.module : entry;
    const dynamic = 'module' in entry ? entry : undefined;
    const providers: Provider[] = [
      ...((Reflect.getMetadata('providers', module) as Provider[] | undefined) ?? []),
      ...(dynamic?.providers ?? []),
    ];
    for (const provider of providers) {
      const type = typeof provider === 'function' ? provider : undefined;
      // @Resolver() marks its class (with an undefined type when it names none).
      if (type && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, type)) found.add(type);
    }
    const imports: ModuleEntry[] = [
      ...((Reflect.getMetadata('imports', module) as ModuleEntry[] | undefined) ?? []),
      ...((dynamic?.imports as ModuleEntry[] | undefined) ?? []),
    ];
    imports.forEach(visit);
  };
  visit(root);
  return [...found];
}

/**
 * The GraphQL schema of the code-first API as SDL, sorted as the API serves it
 * (`sortSchema: true`). Built from the resolvers alone: no database, Redis or Temporal.
 */
export async function schemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const resolvers = resolversOf(AppModule.forRoot(loadConfig({ NODE_ENV: 'development' })));
    const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
