import { ReportFormat } from '../report-format';
import { annotationFormat } from './annotation.format';
import { claimReviewFormat } from './claimreview.format';
import { csvFormat } from './csv.format';
import { htmlFormat } from './html.format';
import { jsonFormat } from './json.format';
import { markdownFormat } from './markdown.format';
import { provFormat } from './prov.format';
import { ReportFormatter } from './report-formatter';

export const FORMATTERS: Record<ReportFormat, ReportFormatter> = {
  json: jsonFormat,
  csv: csvFormat,
  md: markdownFormat,
  html: htmlFormat,
  claimreview: claimReviewFormat,
  prov: provFormat,
  annotation: annotationFormat,
};
