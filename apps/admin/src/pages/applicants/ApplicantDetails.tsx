import { useMutation } from '@apollo/client/react';
import { Button, Descriptions, Drawer, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useAbility } from '../../auth/ability';
import { useRunMutation } from '../../components/useRunMutation';
import type { ApplicantFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';
import { RevealApplicantIdNumberDocument } from './applicants.graphql';
import { SpecialGroupTags } from './SpecialGroupTags';

/** One applicant, the number masked; 查看完整证件号 shows it to a role that may, and the audit log records it. */
export function ApplicantDetails({ applicant, onClose }: { applicant: ApplicantFieldsFragment | null; onClose(): void }) {
  const t = useT();
  const ability = useAbility();
  const runMutation = useRunMutation();
  const [reveal, { loading }] = useMutation(RevealApplicantIdNumberDocument);
  const [revealed, setRevealed] = useState<string | null>(null);
  useEffect(() => setRevealed(null), [applicant?.id]);
  const a = applicant;

  return (
    <Drawer open={!!a} onClose={onClose} title={a?.name} width={520} destroyOnHidden>
      {a ? (
        <Descriptions column={1} bordered size="small" data-testid="applicant-details">
          <Descriptions.Item label={t('applicants.kind')}>{t(`applicants.kind.${a.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={a.idKind === 'CREDIT_CODE' ? t('applicants.creditCode') : t('applicants.residentId')}>
            <Typography.Text data-testid="applicant-id" copyable={revealed ? { text: revealed } : false}>
              {revealed ?? a.idNumberMasked}
            </Typography.Text>{' '}
            {!revealed && ability.can('reveal', 'Applicant') ? (
              <Button
                size="small"
                loading={loading}
                data-testid="applicant-reveal"
                onClick={async () => {
                  const result = await runMutation(() => reveal({ variables: { id: a.id } }));
                  if (result?.data) setRevealed(result.data.revealApplicantIdNumber);
                }}
              >
                {t('applicants.reveal')}
              </Button>
            ) : null}
          </Descriptions.Item>
          {revealed ? (
            <Descriptions.Item label="">
              <Typography.Text type="secondary">{t('applicants.revealAudited')}</Typography.Text>
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('applicants.birthDate')}>{a.birthDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('applicants.phone')}>{a.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('applicants.address')}>{a.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('applicants.residence')}>{a.residenceUnitName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('applicants.groups')}>
            <SpecialGroupTags groups={a.specialGroups} />
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </Drawer>
  );
}
