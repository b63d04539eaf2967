import { Controller, Get, Header, Query, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { CurrentViewer } from '../sessions/session.decorators';
import type { Viewer } from './views/layout';
import { ReaderListQueryDto } from './dto/reader-list-query.dto';
import { ReaderErrorFilter } from './reader-error.filter';
import { ReaderService } from './reader.service';
import { renderClaimPage } from './views/claim-page';
import { renderDocumentList } from './views/document-list-page';
import { renderDocumentPage } from './views/document-page';

const HTML = 'text/html; charset=utf-8';

/** Server-rendered pages for readers; errors render as HTML pages with the API's statuses. */
@ApiExcludeController()
@UseFilters(ReaderErrorFilter)
@Controller()
export class ReaderController {
  constructor(private readonly reader: ReaderService) {}

  @Get()
  @Header('Content-Type', HTML)
  async home(@Query() query: ReaderListQueryDto, @CurrentViewer() viewer: Viewer | null): Promise<string> {
    return renderDocumentList(await this.reader.documentList(query), viewer);
  }

  @Get('documents/:id')
  @Header('Content-Type', HTML)
  async document(@UuidParam() id: string, @CurrentViewer() viewer: Viewer | null): Promise<string> {
    return renderDocumentPage(await this.reader.documentView(id), viewer);
  }

  @Get('claims/:id')
  @Header('Content-Type', HTML)
  async claim(@UuidParam() id: string, @CurrentViewer() viewer: Viewer | null): Promise<string> {
    return renderClaimPage(await this.reader.claimView(id), viewer);
  }
}
