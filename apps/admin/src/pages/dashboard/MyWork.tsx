import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, List, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ErrorAlert';
import { CatalogWorkDocument } from '../../graphql/work';
import { useT } from '../../i18n/i18n';
import { formatTime } from '../../time';
import { PromiseChain } from '../catalog/components/PromiseChain';

/**
 * 我的待办: what this person has to do now — drafts to publish (catalog administrators), versions
 * about to take effect, local promises in her territory that a shorter one above overrides.
 */
export function MyWork() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(CatalogWorkDocument, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorAlert error={error} testId="work-error" />;
  const work = data?.catalogWork;
  const nothing = work && work.drafts.length + work.upcoming.length + work.settingsNotInEffect.length === 0;
  return (
    <Card title={t('work.title')} loading={loading && !work} data-testid="my-work" extra={<Typography.Link onClick={() => void refetch()}>{t('work.refresh')}</Typography.Link>}>
      {nothing ? (
        <Empty description={t('work.nothing')} data-testid="work-nothing" />
      ) : work ? (
        <Row gutter={[16, 16]}>
          {work.drafts.length ? (
            <Col xs={24} lg={12}>
              <List
                size="small"
                header={<strong>{t('work.drafts', { count: work.draftCount })}</strong>}
                dataSource={work.drafts}
                data-testid="work-drafts"
                renderItem={(d) => (
                  <List.Item extra={<Typography.Text type="secondary">{formatTime(d.savedAt)}</Typography.Text>}>
                    <Link to={`/catalog/${d.matterId}`}>{d.name}</Link> <Tag>{d.published ? t('work.newVersion', { version: d.version }) : t('work.newMatter')}</Tag>
                  </List.Item>
                )}
              />
            </Col>
          ) : null}
          {work.upcoming.length ? (
            <Col xs={24} lg={12}>
              <List
                size="small"
                header={<strong>{t('work.upcoming')}</strong>}
                dataSource={work.upcoming}
                data-testid="work-upcoming"
                renderItem={(v) => (
                  <List.Item extra={<Tag color="gold">{t('work.takesEffect', { date: v.effectiveFrom })}</Tag>}>
                    <Link to={`/catalog/${v.matterId}`}>{v.name}</Link> <Typography.Text type="secondary">{t('work.version', { version: v.version })}</Typography.Text>
                  </List.Item>
                )}
              />
            </Col>
          ) : null}
          {work.settingsNotInEffect.length ? (
            <Col xs={24}>
              <List
                size="small"
                header={<strong>{t('work.notInEffect')}</strong>}
                dataSource={work.settingsNotInEffect}
                data-testid="work-not-in-effect"
                renderItem={(s) => (
                  <List.Item>
                    <div style={{ minWidth: 0 }}>
                      <Link to={`/catalog/${s.matterId}?tab=local`}>
                        {s.name} · {s.unitName}
                      </Link>
                      <div>
                        <PromiseChain sources={s.promiseSources} testId="work-chain" />
                      </div>
                    </div>
                  </List.Item>
                )}
              />
            </Col>
          ) : null}
        </Row>
      ) : null}
    </Card>
  );
}
