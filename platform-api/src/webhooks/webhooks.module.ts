import { Module } from '@nestjs/common';
import { AtsModule } from '../ats/ats.module';
import { MailModule } from '../mail/mail.module';
import { AtsEventConsumers } from './ats-event-consumers';
import { AtsWebhookEndpointsController } from './ats-webhook-endpoints.controller';
import { InternalWebhooksController } from './internal-webhooks.controller';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhooksResolver } from './webhooks.resolver';

@Module({
  imports: [AtsModule, MailModule],
  controllers: [AtsWebhookEndpointsController, InternalWebhooksController],
  providers: [
    WebhookEndpointsService,
    WebhookDispatcher,
    WebhookDeliveryService,
    AtsEventConsumers,
    WebhooksResolver,
  ],
})
export class WebhooksModule {}
