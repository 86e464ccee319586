import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Our status as the tenant’s Workday status reference id.' })
export class AtsStatusMappingView {
  @Field({ description: 'invited, in_progress or completed' }) status!: string;
  @Field() referenceId!: string;
}

@ObjectType({ description: 'A company’s Workday connection: the order URL and its state.' })
export class WorkdaySetup {
  @Field() connected!: boolean;
  @Field({ description: 'Where the customer’s Workday integration POSTs orders.' })
  orderUrl!: string;
  @Field(() => String, { nullable: true }) endpoint!: string | null;
  @Field(() => [AtsStatusMappingView]) statuses!: AtsStatusMappingView[];
}
