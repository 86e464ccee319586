import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ChallengeFileProblem {
  @Field() file!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field() message!: string;
}

@ObjectType()
export class ChallengeValidationCheck {
  @Field() name!: string;
  @Field() passed!: boolean;
  @Field() detail!: string;
}

@ObjectType()
export class PrivateChallengeUpload {
  @Field({ description: 'The folder is in the catalog format and passed every sandbox check.' })
  valid!: boolean;
  @Field(() => String, { nullable: true, description: 'Set when valid: use it in assessments.' })
  slug!: string | null;
  @Field(() => Int, { nullable: true }) version!: number | null;
  @Field(() => [ChallengeFileProblem]) errors!: ChallengeFileProblem[];
  @Field(() => [ChallengeValidationCheck]) checks!: ChallengeValidationCheck[];
}
