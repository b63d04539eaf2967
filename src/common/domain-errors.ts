// Domain errors carry a code; the HTTP layer maps each code to a status in one place (ErrorFilter).
export type DomainErrorCode =
  | 'not-found'
  | 'moved'
  | 'invalid-cursor'
  | 'invalid-anchor'
  | 'invalid-claim'
  | 'invalid-evidence'
  | 'extraction-failed'
  | 'stale-version'
  | 'conflict';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class EntityNotFound extends DomainError {
  constructor(entity: string, id: string) {
    super('not-found', `${entity} ${id} not found`, { entity, id });
  }
}

/** The entity was merged into another: its id answers with a permanent redirect to that one. */
export class EntityMoved extends DomainError {
  constructor(
    entity: string,
    readonly id: string,
    readonly movedTo: string,
  ) {
    super('moved', `${entity} ${id} was merged into ${movedTo}`, { entity, id, mergedInto: movedTo });
  }
}

export class InvalidCursor extends DomainError {
  constructor() {
    super('invalid-cursor', 'invalid cursor: it is not one this list issued; start again without it');
  }
}

export class InvalidAnchor extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('invalid-anchor', message, details);
  }
}

/** A claim that breaks a rule of the model: an attributed claim needs a speaker, and not the outlet. */
export class InvalidClaim extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('invalid-claim', message, details);
  }
}

/** An evidence link whose source does not hold together (a passage without a stored document). */
export class InvalidEvidence extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('invalid-evidence', message, details);
  }
}

/**
 * The extraction engine threw on a document's text: a defect of the engine, reported for that document (422 from
 * the API, a line error in an import) so one text it cannot read never fails a whole corpus.
 */
export class ExtractionFailed extends DomainError {
  constructor(reason: string) {
    super('extraction-failed', `the extraction engine could not read this document: ${reason}`, { reason });
  }
}

export class StaleVersion extends DomainError {
  constructor(entity: string, id: string, expected: number, current: number) {
    super('stale-version', `${entity} ${id} is at version ${current}, not ${expected}: reload and retry`, {
      expected,
      current,
    });
  }
}
