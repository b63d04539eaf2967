export const EVIDENCE_STANCES = ['corroborates', 'disputes', 'context'] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];
