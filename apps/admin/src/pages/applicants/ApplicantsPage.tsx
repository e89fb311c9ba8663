import { Button, Card, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useAbility } from '../../auth/ability';
import { ServerTable } from '../../components/ServerTable';
import { useServerTable } from '../../components/useServerTable';
import type { ApplicantFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';
import { ApplicantDetails } from './ApplicantDetails';
import { ApplicantsDocument } from './applicants.graphql';
import { RegisterApplicantDrawer } from './RegisterApplicantDrawer';
import { PageTitle } from '../../components/PageTitle';
import { SpecialGroupTags } from './SpecialGroupTags';

/** 申请人: search by full ID number, name or phone; register; the details reveal the number to who may see it. */
export function ApplicantsPage() {
  const t = useT();
  const ability = useAbility();
  const [search, setSearch] = useState('');
  const [registering, setRegistering] = useState(false);
  const [selected, setSelected] = useState<ApplicantFieldsFragment | null>(null);
  const table = useServerTable(ApplicantsDocument, { search: search || null }, (d) => d.applicants);

  return (
    <Card
      title={<PageTitle>{t('applicants.title')}</PageTitle>}
      extra={
        ability.can('create', 'Applicant') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="applicant-register">
            {t('applicants.register')}
          </Button>
        ) : null
      }
    >
      <ServerTable<ApplicantFieldsFragment>
        table={table}
        rowKey="id"
        testId="applicants-table"
        filters={
          <Input.Search
            allowClear
            aria-label={t('applicants.search')}
            placeholder={t('applicants.searchPlaceholder')}
            style={{ width: '100%', maxWidth: 360 }}
            data-testid="applicants-search"
            onSearch={(value) => setSearch(value.trim())}
          />
        }
        onRow={(row) => ({ onClick: () => setSelected(row), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('applicants.name'),
            dataIndex: 'name',
            width: 180,
            // A button, so the keyboard opens the details too.
            render: (name: string, row: ApplicantFieldsFragment) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setSelected(row)}>
                {name}
              </Button>
            ),
          },
          { title: t('applicants.kind'), dataIndex: 'kind', width: 90, render: (k: string) => t(`applicants.kind.${k}` as never) },
          { title: t('applicants.idNumber'), dataIndex: 'idNumberMasked', width: 200 },
          { title: t('applicants.phone'), dataIndex: 'phone', width: 140, render: (p: string | null) => p ?? '—' },
          { title: t('applicants.residence'), dataIndex: 'residenceUnitName', width: 140, render: (r: string | null) => r ?? '—' },
          { title: t('applicants.groups'), dataIndex: 'specialGroups', width: 200, render: (g: ApplicantFieldsFragment['specialGroups']) => <SpecialGroupTags groups={g} /> },
        ]}
      />
      <RegisterApplicantDrawer
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(a) => {
          setRegistering(false);
          void table.refetch();
          setSelected(a);
        }}
      />
      <ApplicantDetails applicant={selected} onClose={() => setSelected(null)} />
    </Card>
  );
}
