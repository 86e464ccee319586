import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Can, Public } from '../common/access.decorators';
import { AccountService } from './account.service';
import {
  AccountApp,
  AccountMailSent,
  ChangeEmailInput,
  ChangePasswordInput,
  ResetPasswordInput,
} from './dto/account.types';
import { AuthPayload, SignUpInput, UserType } from './dto/auth.types';
import { clientIp, CurrentPrincipal, type Principal, type RequestWithPrincipal } from './principal';
import { SignUpService } from './sign-up.service';

const appArg = {
  type: () => AccountApp,
  defaultValue: AccountApp.LEARNER,
  description: "Whose pages the mail's links open.",
};

@Resolver()
export class AccountResolver {
  constructor(
    private readonly signUps: SignUpService,
    private readonly accounts: AccountService,
  ) {}

  @Public()
  @Mutation(() => AccountMailSent, {
    description:
      'Learner sign-up. The same answer whether or not the address has an account: a new one gets a verification link, a taken one a mail to its owner.',
  })
  signUp(@Args('input') input: SignUpInput, @Context('req') req: RequestWithPrincipal) {
    return this.signUps.signUp(input, clientIp(req));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Opens a verification link (sign-up or e-mail change): the address is proven and the account signed in. Single use; NOT_FOUND (LINK_INVALID) otherwise.',
  })
  verifyEmail(@Args('token') token: string) {
    return this.signUps.verifyEmail(token);
  }

  @Public()
  @Mutation(() => AccountMailSent, {
    description: 'Mails a reset link if the address has an account; the answer never says.',
  })
  requestPasswordReset(
    @Args('email') email: string,
    @Args('app', appArg) app: AccountApp,
    @Context('req') req: RequestWithPrincipal,
  ) {
    return this.accounts.requestPasswordReset(email, app, clientIp(req));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'A new password from a reset link (once, within an hour); every sign-in ends.',
  })
  resetPassword(@Args('input') input: ResetPasswordInput) {
    return this.accounts.resetPassword(input.token, input.password);
  }

  @Can('update', 'Account')
  @Mutation(() => AuthPayload, {
    description: 'Needs the current password; every other sign-in ends. Use the returned tokens.',
  })
  changePassword(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ChangePasswordInput,
  ) {
    return this.accounts.changePassword(principal, input.currentPassword, input.newPassword);
  }

  @Can('update', 'Account')
  @Mutation(() => UserType, { description: 'Your display name.' })
  updateProfile(
    @CurrentPrincipal() principal: Principal,
    @Args('displayName') displayName: string,
  ) {
    return this.accounts.updateProfile(principal, displayName);
  }

  @Can('update', 'Account')
  @Mutation(() => AccountMailSent, {
    description:
      'Mails a link to the new address (the change happens when it is opened) and a notice to the current one.',
  })
  requestEmailChange(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ChangeEmailInput,
    @Args('app', appArg) app: AccountApp,
  ) {
    return this.accounts.requestEmailChange(principal, input, app);
  }
}
