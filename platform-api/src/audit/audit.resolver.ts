import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from '../common/json.scalar';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';

@ObjectType('AuditEntry')
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: "The actor's name and email." })
  actor!: string | null;
  @Field() action!: string;
  @Field() targetType!: string;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field(() => GraphQLJSON) data!: unknown;
  @Field() createdAt!: Date;
}

@Resolver()
export class AuditResolver {
  constructor(private readonly db: ScopedDb) {}

  @Can('read', 'AuditLog')
  @Query(() => [AuditEntry], { description: 'What staff did in this tenant, newest first.' })
  async auditLog(
    @CurrentPrincipal() principal: Principal,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
  ): Promise<AuditEntry[]> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const rows = await tx.auditLog.findMany({
        orderBy: { createdAt: 'desc' },
        take: Math.min(Math.max(first, 1), 500),
      });
      const actorIds = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
      const actors = await tx.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, displayName: true, email: true },
      });
      const byId = new Map(actors.map((a) => [a.id, `${a.displayName} <${a.email}>`]));
      return rows.map((row) => ({
        id: row.id,
        actor: row.actorUserId ? (byId.get(row.actorUserId) ?? null) : null,
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        data: row.data,
        createdAt: row.createdAt,
      }));
    });
  }
}
