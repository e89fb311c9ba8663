import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { AuditFilter } from './audit-reads';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const list = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : ([] as unknown[]).concat(value));

/**
 * The export route's query string: the log's filter (`action` repeated for several) and the
 * language of the sheet. The global pipe validates it as it validates GraphQL input.
 */
export class AuditExportQuery {
  @IsOptional() @IsUUID() actorId?: string;
  @IsOptional() @Transform(list) @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 64, { each: true }) action?: string[];
  @IsOptional() @Length(1, 64) subjectType?: string;
  @IsOptional() @Length(1, 100) subjectId?: string;
  @IsOptional() @Length(1, 100) subject?: string;
  @IsOptional() @Matches(DATE) from?: string;
  @IsOptional() @Matches(DATE) to?: string;
  @IsOptional() @IsIn(['zh', 'en']) lang?: 'zh' | 'en';
}

export function filterOfQuery(q: AuditExportQuery): AuditFilter {
  return { actorId: q.actorId, actions: q.action, subjectType: q.subjectType, subjectId: q.subjectId, subjectName: q.subject, from: q.from, to: q.to };
}
