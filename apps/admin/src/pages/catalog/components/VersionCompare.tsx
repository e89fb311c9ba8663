import { useQuery } from '@apollo/client/react';
import { Alert, Drawer, Space, Spin } from 'antd';
import { ErrorAlert } from '../../../ErrorAlert';
import { MatterVersionDocument } from '../../../graphql/catalog';
import { useT } from '../../../i18n/i18n';
import { ContentChanges } from './ContentChanges';
import { diffContents } from './diff';

/** Any two versions side by side: what the later one changes against the earlier, field by field. */
export function VersionCompare({ matterId, versions, onClose }: { matterId: string; versions: [number, number] | null; onClose(): void }) {
  const t = useT();
  const [from, to] = versions ? [Math.min(...versions), Math.max(...versions)] : [0, 0];
  const before = useQuery(MatterVersionDocument, { variables: { matterId, version: from }, skip: !versions });
  const after = useQuery(MatterVersionDocument, { variables: { matterId, version: to }, skip: !versions });
  const a = before.data?.matterVersion.content;
  const b = after.data?.matterVersion.content;
  return (
    <Drawer open={versions !== null} size="large" width={880} onClose={onClose} title={t('versions.compareTitle', { from, to })} destroyOnHidden>
      <ErrorAlert error={before.error ?? after.error} />
      {before.loading || after.loading ? <Spin /> : null}
      {a && b ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="version-compare">
          {diffContents(a, b).empty ? <Alert type="info" showIcon title={t('diff.unchanged')} /> : null}
          <ContentChanges
            before={a}
            after={b}
            testIdPrefix="compare"
            beforeLabel={t('versions.compareBefore', { version: from })}
            afterLabel={t('versions.compareBefore', { version: to })}
          />
        </Space>
      ) : null}
    </Drawer>
  );
}
