export { SPEAKER_KINDS, type SpeakerKind } from '../extraction/types';
