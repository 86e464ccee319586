import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import { mayGrant, roleCan } from '../permissions/role-table';
import type { LinkAudience } from './mailer';
import { scrubLinks } from './outbox-mail';

@ObjectType('MailMessage')
export class MailMessageType {
  @Field(() => ID) id!: string;
  @Field() to!: string;
  @Field() subject!: string;
  @Field() text!: string;
  @Field(() => [String]) links!: string[];
  @Field() createdAt!: Date;
}

@Resolver()
export class MailboxResolver {
  constructor(private readonly db: ScopedDb) {}

  @Can('read', 'Mailbox')
  @Query(() => [MailMessageType], {
    description: "The tenant's outgoing mail, newest first (local mailer only; nothing is sent).",
  })
  async mailbox(
    @CurrentPrincipal() principal: Principal,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<MailMessageType[]> {
    const rows = await this.db.run(scopeOf(principal), (tx) =>
      tx.mailMessage.findMany({
        orderBy: { createdAt: 'desc' },
        take: Math.min(Math.max(first, 1), 200),
      }),
    );
    const role = principal.tenant?.role;
    const mayUse = (audience: LinkAudience | null) =>
      !!audience &&
      ('grantsRole' in audience
        ? mayGrant(role, audience.grantsRole)
        : roleCan(role, audience.capability));
    return rows.map((row) => {
      const message = {
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        links: row.links,
      };
      // A join or candidate link is shown only to roles that could use it themselves.
      const shown = mayUse(row.linkAudience as LinkAudience | null) ? message : scrubLinks(message);
      return { id: row.id, ...shown, createdAt: row.createdAt };
    });
  }
}
