import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/access.decorators';
import { AuthService } from './auth.service';
import { AuthPayload, LogInInput, UserType } from './dto/auth.types';
import {
  clientIp,
  OptionalPrincipal,
  type Principal,
  type RequestWithPrincipal,
} from './principal';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => UserType, {
    nullable: true,
    description: 'The signed-in user; null when signed out.',
  })
  async me(@OptionalPrincipal() principal?: Principal): Promise<UserType | null> {
    if (!principal) return null;
    const user = await this.auth.readUser(principal.userId);
    return user && { id: user.id, email: user.email, displayName: user.displayName };
  }

  @Public()
  @Mutation(() => AuthPayload)
  logIn(@Args('input') input: LogInInput, @Context('req') req: RequestWithPrincipal) {
    return this.auth.logIn(input, clientIp(req));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token: use the new one next.' })
  refresh(@Args('refreshToken') refreshToken: string) {
    return this.auth.refresh(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the sign-in this refresh token belongs to.' })
  logOut(@Args('refreshToken') refreshToken: string) {
    return this.auth.logOut(refreshToken);
  }
}
