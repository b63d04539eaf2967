import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { ClaimsService } from '../claims/claims.service';
import { ClaimResponse } from '../claims/dto/claim.response';
import { EntityNotFound } from '../common/domain-errors';
import { MAX_PAGE_SIZE, Page } from '../common/pagination';
import { DocumentsService } from '../documents/documents.service';
import { EvidenceResponse } from '../evidence/dto/evidence.response';
import { EvidenceService } from '../evidence/evidence.service';
import { ReviewsService } from '../reviews/reviews.service';
import { TrailResponse } from '../trail/dto/trail.response';
import { SuggestionsService } from '../trail/suggestions.service';
import { TrailService } from '../trail/trail.service';
import { ReaderListQueryDto } from './dto/reader-list-query.dto';
import { buildDocumentView, claimContext, markSpeakers, speakerKeyOf } from './document-view';
import { ClaimView, DocumentListView, DocumentView, TrailSummaryView } from './reader.view-models';

/** Reads what the reader pages show through the other modules' services; renders nothing itself. */
@Injectable()
export class ReaderService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly claims: ClaimsService,
    private readonly evidence: EvidenceService,
    private readonly reviews: ReviewsService,
    private readonly audit: AuditService,
    private readonly trail: TrailService,
    private readonly suggestions: SuggestionsService,
  ) {}

  async documentList(query: ReaderListQueryDto): Promise<DocumentListView> {
    const page = await this.documents.list({
      q: query.q,
      limit: query.limit,
      cursor: query.cursor,
      includeRetracted: false,
    });
    return {
      q: query.q ?? null,
      documents: page.items,
      cursor: query.cursor ?? null,
      nextCursor: page.nextCursor,
    };
  }

  async documentView(id: string): Promise<DocumentView> {
    const document = await this.documents.getResponse(id);
    // Retracted documents and claims are kept for the record but are not shown to readers.
    if (document.retractedAt) throw new EntityNotFound('document', id);
    const original = document.copyOf ? await this.documents.getResponse(document.copyOf) : null;
    return {
      ...buildDocumentView(document, await this.claimsOf(id)),
      original: original && {
        id: original.id,
        title: original.title,
        publisher: original.publisher,
        publishedAt: original.publishedAt,
      },
    };
  }

  async claimView(id: string): Promise<ClaimView> {
    const claim = await this.claims.getResponse(id);
    const document = await this.documents.getResponse(claim.documentId);
    if (claim.retractedAt || document.retractedAt) throw new EntityNotFound('claim', id);
    const [evidence, reviews, events, siblings, trail, suggested] = await Promise.all([
      allPages<EvidenceResponse>((cursor) => this.evidence.list(id, { limit: MAX_PAGE_SIZE, cursor })),
      this.reviews.history(id),
      this.audit.historyOf('claim', id),
      claim.kind === 'attributed' ? this.claimsOf(claim.documentId) : Promise.resolve([]),
      this.trail.trail(id),
      this.suggestions.list(id),
    ]);
    // The same colour as on the document page, where it depends on the document's other speakers.
    const marking = markSpeakers(siblings).get(speakerKeyOf(claim));
    return {
      claim,
      document,
      context: claimContext(document.text, claim.start, claim.end),
      colourClass: marking ? `speaker-${marking.slot}` : 'editorial',
      evidence,
      trail: await this.trailSummary(trail, evidence, suggested.items),
      verdictHistory: reviews.map((r) => ({
        verdict: r.verdict,
        rationale: r.rationale,
        reviewer: r.reviewer.name,
        at: r.createdAt,
        current: r.current,
      })),
      auditHistory: events.map((e) => ({
        at: e.at,
        actor: e.actor.name,
        action: e.action,
        entityType: e.entityType,
        changedFields: changedFields(e.changes),
      })),
    };
  }

  // The documents of the first appearance and of disputing sources, named by their publisher or title.
  private async trailSummary(
    trail: TrailResponse,
    evidence: EvidenceResponse[],
    suggestions: Array<{ stance: string; documentId: string }>,
  ): Promise<TrailSummaryView> {
    const [first, ...rest] = trail.items;
    const outlets = (items: typeof rest) => new Set(items.map((i) => i.publisher ?? i.documentId)).size;
    const disputedBy: TrailSummaryView['disputedBy'] = [];
    for (const e of evidence.filter((e) => e.stance === 'disputes')) {
      const label = e.source.publisher ?? e.source.title ?? e.source.url ?? 'a source';
      const href = e.source.documentId ? `/documents/${e.source.documentId}` : (e.source.url ?? '');
      disputedBy.push({ label, href, suggested: false });
    }
    for (const s of suggestions.filter((s) => s.stance === 'disputes')) {
      if (disputedBy.some((d) => d.href === `/documents/${s.documentId}`)) continue;
      const source = await this.documents.getResponse(s.documentId);
      disputedBy.push({
        label: source.publisher ?? source.title,
        href: `/documents/${s.documentId}`,
        suggested: true,
      });
    }
    return {
      first: {
        claimId: first.claimId,
        documentId: first.documentId,
        publisher: first.publisher,
        publishedAt: first.publishedAt,
      },
      repeatedBy: outlets(rest),
      independent: outlets(rest.filter((i) => i.independent)),
      disputedBy,
    };
  }

  private claimsOf(documentId: string): Promise<ClaimResponse[]> {
    return allPages<ClaimResponse>((cursor) =>
      this.claims.list({ documentId, limit: MAX_PAGE_SIZE, cursor }),
    );
  }
}

// The fields an audit event changed: the keys of its `after` (or `before`, for removals).
function changedFields(changes: Record<string, unknown>): string[] {
  const side = changes.after ?? changes.before;
  return side && typeof side === 'object' ? Object.keys(side) : [];
}

// A reader page shows a document whole, so it walks the list's keyset pages to the end.
async function allPages<T>(fetch: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
