import { Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { Progress } from './dto/progress.types';
import { ProgressService } from './progress.service';

@Resolver()
export class ProgressResolver {
  constructor(private readonly progress: ProgressService) {}

  @Can('read', 'Progress')
  @Query(() => Progress, {
    description: 'Your mastery per language and bug kind, streaks, achievements.',
  })
  myProgress(@CurrentPrincipal() principal: Principal) {
    return this.progress.get(principal);
  }
}
