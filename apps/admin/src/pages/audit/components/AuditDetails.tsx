import { Typography } from 'antd';
import { useLanguage } from '../../../i18n/i18n';

export interface AuditDetailField {
  key: string;
  labelZh: string;
  labelEn: string;
  valueZh: string;
  valueEn: string;
}

/** An entry's detail as labelled lines ("label: value"), in the interface's language. */
export function AuditDetails({ fields }: { fields: readonly AuditDetailField[] }) {
  const { language } = useLanguage();
  if (!fields.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const en = language === 'en-US';
  return (
    <dl className="audit-details" data-testid="audit-details" style={{ margin: 0, fontSize: 12, lineHeight: '18px' }}>
      {fields.map((field) => (
        <div key={field.key} data-key={field.key} style={{ display: 'flex', gap: 6, minWidth: 0 }}>
          <dt style={{ color: 'rgba(0,0,0,0.65)', flex: 'none' }}>{en ? field.labelEn : field.labelZh}</dt>
          <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
            <Typography.Paragraph style={{ margin: 0, fontSize: 12 }} ellipsis={{ rows: 2, tooltip: en ? field.valueEn : field.valueZh }}>
              {en ? field.valueEn : field.valueZh}
            </Typography.Paragraph>
          </dd>
        </div>
      ))}
    </dl>
  );
}
