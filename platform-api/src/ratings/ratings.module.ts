import { Module } from '@nestjs/common';
import { RatingsResolver } from './ratings.resolver';

@Module({ providers: [RatingsResolver] })
export class RatingsModule {}
