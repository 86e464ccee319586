import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AccountApp {
  LEARNER = 'LEARNER',
  PORTAL = 'PORTAL',
}
registerEnumType(AccountApp, {
  name: 'AccountApp',
  description: "Whose pages an account mail's links open: the learner app's or the portal's.",
});

@ObjectType('AccountMailSent', {
  description:
    'The same answer whether or not the address has an account: look in that mailbox next.',
})
export class AccountMailSent {
  @Field() email!: string;
  @Field() message!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'From the reset link.' }) token!: string;
  @Field({ description: 'At least 10 characters.' }) password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() currentPassword!: string;
  @Field({ description: 'At least 10 characters.' }) newPassword!: string;
}

@InputType()
export class ChangeEmailInput {
  @Field() newEmail!: string;
  @Field() currentPassword!: string;
}

@ObjectType('DevMailMessage')
export class DevMailMessage {
  @Field() to!: string;
  @Field() subject!: string;
  @Field() text!: string;
  @Field(() => [String]) links!: string[];
  @Field() createdAt!: Date;
}
