import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { ApiKey, ApiKeyInput, CreatedApiKey } from './dto/api-key.types';
import { ApiKeysService } from './api-keys.service';

@Resolver()
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Can('manage', 'ApiKey')
  @Query(() => [ApiKey], { description: 'Tenant API keys for ATSs, newest first.' })
  apiKeys(@CurrentPrincipal() principal: Principal) {
    return this.keys.list(principal);
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => CreatedApiKey, { description: 'A new key; its secret is returned this once.' })
  createApiKey(@CurrentPrincipal() principal: Principal, @Args('input') input: ApiKeyInput) {
    return this.keys.create(principal, input);
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => ApiKey, { description: 'The key stops working at once.' })
  revokeApiKey(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.keys.revoke(principal, id);
  }
}
