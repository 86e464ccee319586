import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from '@temporalio/client';
import type Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { PrismaService } from '../database/prisma.service';
import { REDIS } from '../redis/redis.module';
import { TEMPORAL_CONNECTION } from '../temporal/temporal.module';

export type Dependency = 'postgres' | 'redis' | 'temporal';

export interface DependencyCheck {
  name: Dependency;
  ok: boolean;
  latencyMs: number;
  error?: string;
}

export interface Readiness {
  ok: boolean;
  checks: DependencyCheck[];
}

/** Checks each dependency the API needs to serve requests, by name, each within a timeout. */
@Injectable()
export class HealthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(TEMPORAL_CONNECTION) private readonly temporal: Connection,
  ) {}

  async readiness(): Promise<Readiness> {
    const checks = await Promise.all([
      this.check('postgres', () => this.prisma.$queryRaw`select 1`),
      this.check('redis', () => this.redis.ping()),
      this.check('temporal', () => this.temporal.workflowService.getSystemInfo({})),
    ]);
    return { ok: checks.every((c) => c.ok), checks };
  }

  private async check(name: Dependency, probe: () => Promise<unknown>): Promise<DependencyCheck> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${this.config.READINESS_TIMEOUT_MS} ms`)),
        this.config.READINESS_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([probe(), timeout]);
      return { name, ok: true, latencyMs: elapsed(started) };
    } catch (error) {
      return { name, ok: false, latencyMs: elapsed(started), error: describe(error) };
    } finally {
      clearTimeout(timer);
    }
  }
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 10) / 10;

// First line only: driver errors can carry connection strings further down.
const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
