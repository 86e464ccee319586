import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class WebhookEndpointView {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field() description!: string;
  @Field(() => [String]) events!: string[];
  @Field() createdAt!: Date;
}

@ObjectType()
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpointView) endpoint!: WebhookEndpointView;
  @Field({ description: 'The signing secret (whsec_…): shown this once.' }) secret!: string;
}

@InputType()
export class WebhookEndpointInput {
  @Field() url!: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => [String]) events!: string[];
}

@ObjectType({ description: 'One delivery attempt of an event to an endpoint.' })
export class WebhookDeliveryView {
  @Field(() => ID) id!: string;
  @Field(() => ID) eventId!: string;
  @Field() eventType!: string;
  @Field(() => Int) attempt!: number;
  @Field(() => Int, { nullable: true }) statusCode!: number | null;
  @Field(() => Int) durationMs!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() succeeded!: boolean;
  @Field({ description: 'Whether this was a first delivery or a "send again".' }) resent!: boolean;
  @Field() createdAt!: Date;
}
