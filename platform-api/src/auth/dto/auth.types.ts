import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field()
  email!: string;

  @Field({ description: 'At least 10 characters.' })
  password!: string;

  @Field()
  displayName!: string;
}

@InputType()
export class LogInInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field()
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Single use: every refresh returns a new one.' })
  refreshToken!: string;

  @Field(() => UserType)
  user!: UserType;
}
