import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { PrivateChallengeUpload } from './dto/private-challenge.types';
import { PrivateChallengesService } from './private-challenges.service';

@Resolver()
export class PrivateChallengesResolver {
  constructor(private readonly challenges: PrivateChallengesService) {}

  @Can('create', 'PrivateChallenge')
  @Mutation(() => PrivateChallengeUpload, {
    description:
      'Uploads a challenge folder (zip, base64, at most 1.5 MB) in the catalog format. It is validated in the sandbox first; the report says what is wrong when it is not valid.',
  })
  uploadPrivateChallenge(
    @CurrentPrincipal() principal: Principal,
    @Args('archiveBase64') archiveBase64: string,
  ) {
    return this.challenges.upload(principal, archiveBase64);
  }
}
