import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SignUpService } from './sign-up.service';

@Module({
  providers: [
    AuthService,
    AuthResolver,
    SignUpService,
    AccountService,
    AccountResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, SignUpService],
})
export class AuthModule {}
