import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Select, Space } from 'antd';
import { useAbility } from '../../auth/ability';
import type { ApplicantFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';
import { useDebounced } from '../../useDebounced';
import { ApplicantsDocument } from '../applicants/applicants.graphql';
import { RegisterApplicantDrawer } from '../applicants/RegisterApplicantDrawer';

/**
 * 查找或登记申请人: search the county's registry by name, phone or full ID number (the number
 * stays masked), or register the person on the spot. Picking one links the case to the
 * registered applicant — what fee waivers and special-group service rely on.
 */
export function ApplicantPicker({ value, onPick }: { value: ApplicantFieldsFragment | null; onPick: (applicant: ApplicantFieldsFragment | null) => void }) {
  const t = useT();
  const canRegister = useAbility().can('create', 'Applicant');
  const [search, setSearch] = useState('');
  const [registering, setRegistering] = useState(false);
  const settled = useDebounced(search.trim(), 300);
  const found = useQuery(ApplicantsDocument, { variables: { search: settled, first: 10 }, skip: settled.length < 1 });
  const options = [...(value ? [value] : []), ...(found.data?.applicants.nodes ?? []).filter((a) => a.id !== value?.id)];

  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        showSearch={{ filterOption: false, onSearch: setSearch }}
        allowClear
        placeholder={t('intake.applicantSearch')}
        aria-label={t('intake.applicantSearch')}
        loading={found.loading}
        value={value?.id}
        notFoundContent={settled ? t('intake.applicantNone') : null}
        onChange={(id?: string) => onPick(options.find((a) => a.id === id) ?? null)}
        options={options.map((a) => ({ value: a.id, label: `${a.name} · ${a.idNumberMasked}${a.phone ? ` · ${a.phone}` : ''}` }))}
        data-testid="intake-applicant-search"
      />
      {canRegister ? (
        <Button onClick={() => setRegistering(true)} data-testid="intake-applicant-register">
          {t('intake.applicantRegister')}
        </Button>
      ) : null}
      <RegisterApplicantDrawer
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(a) => {
          setRegistering(false);
          onPick(a);
        }}
      />
    </Space.Compact>
  );
}
