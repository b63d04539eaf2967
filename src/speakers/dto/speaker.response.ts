import { PageResponse } from '../../common/pagination';
import { ApiProperty } from '@nestjs/swagger';
import { SPEAKER_KINDS, SpeakerKind } from '../speaker-kind';
import { Speaker } from '../speaker.entity';

/** How a claim embeds its speaker. */
export class SpeakerRefResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: SPEAKER_KINDS })
  kind: SpeakerKind;
}

export class SpeakerResponse extends SpeakerRefResponse {
  @ApiProperty({ type: [String] })
  aliases: string[];

  @ApiProperty({ nullable: true, type: String })
  role: string | null;

  @ApiProperty({ nullable: true, type: String })
  description: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'e.g. a Wikidata QID' })
  externalId: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'Set for unnamed groups: the one document they belong to',
  })
  scopeDocumentId: string | null;

  @ApiProperty()
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;
}

export class SpeakerPageResponse extends PageResponse(SpeakerResponse) {}

/** The fields a claim's speaker reference is made of. */
export type SpeakerRef = Pick<Speaker, 'id' | 'name' | 'kind'>;

export function toSpeakerRef(speaker: SpeakerRef): SpeakerRefResponse {
  return { id: speaker.id, name: speaker.name, kind: speaker.kind };
}

export function toSpeakerResponse(speaker: Speaker): SpeakerResponse {
  return {
    ...toSpeakerRef(speaker),
    aliases: speaker.aliases,
    role: speaker.role,
    description: speaker.description,
    externalId: speaker.externalId,
    scopeDocumentId: speaker.scopeDocumentId,
    version: speaker.version,
    createdAt: speaker.createdAt.toISOString(),
  };
}
