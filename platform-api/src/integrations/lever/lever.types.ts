import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A stage (or test) of an ATS mapped to an assessment.' })
export class AtsMappingView {
  @Field(() => ID) id!: string;
  @Field() ats!: string;
  @Field({ description: 'The ATS’s id: a Lever stage id.' }) externalId!: string;
  @Field(() => ID) assessmentId!: string;
  @Field({ description: 'The tag’s label: `fixpoint: <label> - pass|fail`.' }) label!: string;
  @Field(() => Int) passThreshold!: number;
  @Field(() => String, { nullable: true }) stageOnPass!: string | null;
}

@ObjectType({ description: 'A company’s Lever connection: what to register, and its state.' })
export class LeverSetup {
  @Field() connected!: boolean;
  @Field(() => String, { nullable: true, description: 'oauth or api_key' }) authKind!:
    string | null;
  @Field({ description: 'The candidate-stage-change webhook URL to register in Lever.' })
  webhookUrl!: string;
  @Field({ description: 'The OAuth redirect URI of our Lever app.' }) redirectUri!: string;
  @Field() webhookSecretSet!: boolean;
  @Field() oauthAvailable!: boolean;
  @Field(() => String, { nullable: true }) performAs!: string | null;
  @Field(() => [AtsMappingView]) mappings!: AtsMappingView[];
}

@ObjectType({ description: 'One test call to an ATS with the stored credentials.' })
export class AtsConnectionTest {
  @Field() ok!: boolean;
  @Field() detail!: string;
}
