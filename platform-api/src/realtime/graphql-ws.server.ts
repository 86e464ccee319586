import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type ExecutionArgs,
  type GraphQLError,
  Kind,
  parse,
  type OperationDefinitionNode,
  validate,
} from 'graphql';
import { GRAPHQL_TRANSPORT_WS_PROTOCOL } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { measureOperation, tooComplex } from '../common/query-limits';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { type FrameSink, rememberDocumentText, subscribeSharingFrames } from './shared-frames';

/** A client this far behind misses shared frames rather than growing the server's memory. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/** What a subscription's resolvers see as `req`: the connection's credentials as headers. */
export interface SocketRequest {
  headers: Record<string, string | undefined>;
  ip?: string;
}

/**
 * GraphQL subscriptions over graphql-ws (subprotocol `graphql-transport-ws`) on the API's own
 * HTTP server and path (/graphql). A client authenticates with `connectionParams.authorization`
 * ("Bearer <token>", and `tenantId` to act in a tenant; signed-out clients may watch boards); every subscription then goes through
 * the same global guard, abilities and error codes as a query, and through the same alias,
 * depth and cost limits (refused before it starts, BAD_USER_INPUT / QUERY_TOO_COMPLEX).
 */
@Injectable()
export class GraphqlWsServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(GraphqlWsServer.name);
  private wss?: WebSocketServer;
  private dispose?: () => void | Promise<void>;
  private server?: Server;
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/graphql' || !this.wss) return; // not ours: another listener may take it
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss!.emit('connection', ws, req));
  };

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    // The GraphQL module's schema host is not exported to feature modules: looked up at bootstrap.
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    this.server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: 64 * 1024,
      handleProtocols: (protocols) =>
        protocols.has(GRAPHQL_TRANSPORT_WS_PROTOCOL) ? GRAPHQL_TRANSPORT_WS_PROTOCOL : false,
    });
    const limits = {
      maxAliases: this.config.GRAPHQL_MAX_ALIASES,
      maxDepth: this.config.GRAPHQL_MAX_DEPTH,
      maxCost: this.config.GRAPHQL_MAX_COST,
    };
    const server = useServer<Record<string, unknown>, { request: IncomingMessage }>(
      {
        schema: schema,
        connectionInitWaitTimeout: 5_000,
        // A token is optional at connect (a public board may be watched signed out); whether it
        // is valid and what it may watch is the guard's decision per subscription, with the
        // same errors as over HTTP. A malformed one is refused at once.
        onConnect: (ctx) => {
          const authorization = ctx.connectionParams?.authorization;
          return authorization === undefined || typeof authorization === 'string';
        },
        context: (ctx, id): { req: SocketRequest; frames: FrameSink } => {
          const params = ctx.connectionParams ?? {};
          const socket = ctx.extra.socket;
          return {
            req: {
              headers: {
                authorization: params.authorization as string | undefined,
                'x-tenant-id': params.tenantId as string | undefined,
              },
              ip: ctx.extra.request.socket.remoteAddress,
            },
            frames: {
              id,
              send: (text) => {
                if (socket.readyState !== WebSocket.OPEN) return;
                if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return;
                socket.send(text);
              },
            },
          };
        },
        // Events shared by many subscribers (board updates) are executed and serialised once.
        subscribe: (args) =>
          subscribeSharingFrames(args, (args.contextValue as { frames?: FrameSink }).frames),
        // Parsed and validated here, once: the arguments returned are what graphql-ws executes.
        onSubscribe: (_ctx, _id, payload): readonly GraphQLError[] | ExecutionArgs => {
          let document;
          try {
            document = parse(payload.query);
          } catch (error) {
            return [error as GraphQLError];
          }
          const invalid = validate(schema, document);
          if (invalid.length) return invalid;
          const operation = document.definitions.find(
            (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
          );
          if (operation) {
            const measure = measureOperation(
              schema,
              document,
              operation,
              payload.variables ?? {},
              limits,
            );
            const error = tooComplex(measure, limits);
            if (error) return [error];
          }
          rememberDocumentText(document, payload.query);
          return {
            schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
          };
        },
      },
      this.wss,
    );
    this.dispose = () => server.dispose();
    this.server.on('upgrade', this.onUpgrade);
    this.logger.log('graphql-ws subscriptions on /graphql');
  }

  async onModuleDestroy(): Promise<void> {
    this.server?.off('upgrade', this.onUpgrade);
    await this.dispose?.();
    for (const client of this.wss?.clients ?? []) client.terminate();
    this.wss?.close();
  }
}
