import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/configuration';

/** A report refused for lack of room; `retryAfter` (seconds) goes out as the Retry-After header. */
export class ReportRefused extends HttpException {
  constructor(
    status: HttpStatus.TOO_MANY_REQUESTS | HttpStatus.SERVICE_UNAVAILABLE,
    message: string,
    readonly retryAfter: number,
  ) {
    super(message, status);
  }
}

const RETRY_AFTER_SECONDS = 5;

/**
 * The report streams' own budget of database connections. A report holds its connection for as long as its
 * client takes to read it, so reports may use at most REPORT_CONNECTIONS of the pool (the rest always serves
 * the API), and one client (key, or address without one) at most REPORTS_PER_CLIENT at a time.
 */
@Injectable()
export class ReportSlots {
  private readonly total: number;
  private readonly perClient: number;
  private inUse = 0;
  private readonly byClient = new Map<string, number>();

  constructor(config: ConfigService<AppConfig, true>) {
    this.total = config.get('REPORT_CONNECTIONS', { infer: true });
    this.perClient = config.get('REPORTS_PER_CLIENT', { infer: true });
  }

  /** Reports streaming now. */
  get busy(): number {
    return this.inUse;
  }

  /** Takes a slot for `client` (null: a local caller such as the CLI, with no per-client limit), or throws. */
  take(client: string | null): () => void {
    const held = client === null ? 0 : (this.byClient.get(client) ?? 0);
    if (client !== null && held >= this.perClient) {
      throw new ReportRefused(
        HttpStatus.TOO_MANY_REQUESTS,
        `at most ${this.perClient} reports at a time per client; finish one first`,
        RETRY_AFTER_SECONDS,
      );
    }
    if (this.inUse >= this.total) {
      throw new ReportRefused(
        HttpStatus.SERVICE_UNAVAILABLE,
        `all ${this.total} report connections are in use; retry shortly`,
        RETRY_AFTER_SECONDS,
      );
    }
    this.inUse += 1;
    if (client !== null) this.byClient.set(client, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inUse -= 1;
      if (client === null) return;
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    };
  }
}
