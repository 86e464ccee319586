import { Module } from '@nestjs/common';
import { BoardHub } from './board-hub';
import { GraphqlWsServer } from './graphql-ws.server';
import { RedisFanout } from './redis-fanout';

/** Real time: graphql-ws on the API's HTTP server, fanned out through Redis pub/sub. */
@Module({
  providers: [RedisFanout, BoardHub, GraphqlWsServer],
  exports: [RedisFanout, BoardHub],
})
export class RealtimeModule {}
