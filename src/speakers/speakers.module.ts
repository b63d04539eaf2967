import { Module } from '@nestjs/common';
import { SpeakerEditsService } from './speaker-edits.service';
import { SpeakersController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

@Module({
  controllers: [SpeakersController],
  providers: [SpeakersService, SpeakerEditsService],
  exports: [SpeakersService, SpeakerEditsService],
})
export class SpeakersModule {}
