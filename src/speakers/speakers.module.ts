import { Module } from '@nestjs/common';
import { TrailModule } from '../trail/trail.module';
import { SpeakerEditsService } from './speaker-edits.service';
import { SpeakersController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

@Module({
  imports: [TrailModule],
  controllers: [SpeakersController],
  providers: [SpeakersService, SpeakerEditsService],
  exports: [SpeakersService, SpeakerEditsService],
})
export class SpeakersModule {}
