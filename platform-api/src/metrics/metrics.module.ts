import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { MetricsController } from './metrics.controller';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { HTTP_DURATION, METRICS_REGISTRY } from './metrics.tokens';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    {
      // One registry per app instance (not the global one), so tests can boot several apps.
      provide: METRICS_REGISTRY,
      useFactory: () => {
        const registry = new Registry();
        collectDefaultMetrics({ register: registry });
        return registry;
      },
    },
    {
      provide: HTTP_DURATION,
      inject: [METRICS_REGISTRY],
      useFactory: (registry: Registry) =>
        new Histogram({
          name: 'http_request_duration_seconds',
          help: 'HTTP request duration by method, route and status code',
          labelNames: ['method', 'route', 'status'],
          buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
          registers: [registry],
        }),
    },
    HttpMetricsMiddleware,
  ],
  exports: [METRICS_REGISTRY],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
