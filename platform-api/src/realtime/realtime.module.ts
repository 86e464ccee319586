import { Module } from '@nestjs/common';
import { BoardHub } from './board-hub';
import { GraphqlWsServer } from './graphql-ws.server';
import { RedisFanout } from './redis-fanout';
import { SessionStateNotifier } from './session-state';

/** Real time: graphql-ws on the API's HTTP server, fanned out through Redis pub/sub. */
@Module({
  providers: [RedisFanout, BoardHub, GraphqlWsServer, SessionStateNotifier],
  exports: [RedisFanout, BoardHub, SessionStateNotifier],
})
export class RealtimeModule {}
