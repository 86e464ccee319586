import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { SessionsModule } from '../sessions/sessions.module';
import { EmbedKeysResolver } from './embed-keys.resolver';
import { EmbedKeysService } from './embed-keys.service';
import { widgetCors } from './widget-cors.middleware';
import { WidgetController } from './widget.controller';
import { StartApplicant } from './start-applicant/start-applicant.use-case';
import { WidgetService } from './widget.service';

@Module({
  imports: [AttemptsModule, SessionsModule],
  controllers: [WidgetController],
  providers: [EmbedKeysService, EmbedKeysResolver, WidgetService, StartApplicant],
})
export class EmbedModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(widgetCors).forRoutes('widget/v1/*path');
  }
}
