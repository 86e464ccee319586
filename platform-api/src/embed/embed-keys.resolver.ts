import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { EmbedKey, EmbedKeyInput } from './dto/embed.types';
import { EmbedKeysService } from './embed-keys.service';

@Resolver()
export class EmbedKeysResolver {
  constructor(private readonly keys: EmbedKeysService) {}

  @Can('read', 'EmbedKey')
  @Query(() => [EmbedKey], { description: 'Career-page embed keys, newest first, with usage.' })
  embedKeys(@CurrentPrincipal() principal: Principal) {
    return this.keys.list(principal);
  }

  @Can('manage', 'EmbedKey')
  @Mutation(() => EmbedKey, { description: 'A publishable key bound to origins and challenges.' })
  createEmbedKey(@CurrentPrincipal() principal: Principal, @Args('input') input: EmbedKeyInput) {
    return this.keys.create(principal, input);
  }

  @Can('manage', 'EmbedKey')
  @Mutation(() => EmbedKey, { description: 'The widget stops working with it at once.' })
  revokeEmbedKey(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.keys.revoke(principal, id);
  }
}
