import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { OptionalPrincipal, type Principal } from '../auth/principal';
import { Public } from '../common/access.decorators';
import { CatalogService } from './catalog.service';
import {
  ChallengeConnection,
  ChallengeDetail,
  ChallengeFilter,
  ChallengeOrder,
} from './dto/challenge.types';

@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  @Query(() => ChallengeConnection, {
    description: 'The challenges you can see, filtered and sorted.',
  })
  challenges(
    @OptionalPrincipal() principal: Principal | undefined,
    @Args('filter', { type: () => ChallengeFilter, nullable: true }) filter?: ChallengeFilter,
    @Args('first', { type: () => Int, defaultValue: 24 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('orderBy', { type: () => ChallengeOrder, defaultValue: ChallengeOrder.DIFFICULTY_ASC })
    orderBy?: ChallengeOrder,
  ) {
    return this.catalog.list(principal, filter ?? {}, first, after ?? undefined, orderBy);
  }

  @Public()
  @Query(() => ChallengeDetail)
  challenge(@OptionalPrincipal() principal: Principal | undefined, @Args('slug') slug: string) {
    return this.catalog.get(principal, slug);
  }
}
