import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Drawer, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { useRunMutation } from '../../components/useRunMutation';
import { validValues } from '../../components/validValues';
import { AcceptCaseDocument, CasesDocument, IntakeMattersDocument, RequestSupplementDocument, SubmitCaseDocument } from '../../graphql/cases';
import { useT } from '../../i18n/i18n';
import type { ApplicantFieldsFragment } from '../../gql/graphql';
import { ApplicantPicker } from './ApplicantPicker';

const newKey = () => crypto.randomUUID();

type Finish = 'accept' | 'accept_with_gaps' | 'supplement' | 'register';

interface IntakeForm {
  unitId: string;
  matterId: string;
  applicantName: string;
  received: string[];
}

/**
 * 受理台: find the matter the unit accepts, tick the materials received against the matter's
 * checklist, then accept (容缺 when only deferrable ones are missing) or ask for every missing
 * material at once. Each step carries its own idempotency key, made once, kept for retries.
 */
export function IntakeDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const runMutation = useRunMutation();
  const { me } = useAuth();
  const [form] = Form.useForm<IntakeForm>();
  const [keys, setKeys] = useState(() => ({ submit: newKey(), move: newKey() }));
  const [applicant, setApplicant] = useState<ApplicantFieldsFragment | null>(null);
  const units = useMemo(
    () =>
      (me?.memberships ?? [])
        .map((ms) => ms.orgUnit)
        .filter((u): u is NonNullable<typeof u> => !!u && ['TOWNSHIP', 'VILLAGE', 'COUNTY'].includes(u.kind))
        .filter((u, i, all) => all.findIndex((o) => o.id === u.id) === i),
    [me],
  );
  const unitId = Form.useWatch('unitId', form) ?? units[0]?.id;
  const unit = units.find((u) => u.id === unitId);
  const matters = useQuery(IntakeMattersDocument, { variables: { orgUnitCode: unit?.code ?? '' }, skip: !unit || !open });
  const matterId = Form.useWatch('matterId', form);
  const received = Form.useWatch('received', form) ?? [];
  const matter = matters.data?.guideForUnit.here.find((m) => m.matterId === matterId);
  const materials = matter?.content.materials ?? [];
  const missing = materials.filter((mt) => !mt.sharedData && !received.includes(mt.name));
  const missingRequired = missing.filter((mt) => mt.required);
  const onlyDeferrable = missingRequired.length > 0 && missingRequired.every((mt) => mt.deferrable);
  const [submit, submitting] = useMutation(SubmitCaseDocument, { refetchQueries: [CasesDocument] });
  const [accept] = useMutation(AcceptCaseDocument, { refetchQueries: [CasesDocument] });
  const [supplement] = useMutation(RequestSupplementDocument, { refetchQueries: [CasesDocument] });

  async function finish(how: Finish) {
    const values = await validValues(form);
    if (!values) return;
    const created = await runMutation(() =>
      submit({ variables: { input: { idempotencyKey: keys.submit, matterId: values.matterId, acceptingUnitId: values.unitId ?? unitId, applicantName: values.applicantName, applicantId: applicant?.id ?? null, materials: values.received ?? [] } } }),
    );
    const id = created?.data?.submitCase.id;
    if (!id) return;
    const names = missing.map((mt) => mt.name);
    const moved =
      how === 'register'
        ? true
        : how === 'supplement'
          ? await runMutation(() => supplement({ variables: { id, input: { idempotencyKey: keys.move, missingMaterials: names } } }))
          : await runMutation(() =>
              accept({
                  variables: {
                    id,
                    input: { idempotencyKey: keys.move, acceptanceMode: how === 'accept_with_gaps' ? 'WITH_GAPS' : 'FULL', missingMaterials: how === 'accept_with_gaps' ? missingRequired.map((mt) => mt.name) : [] },
                  },
                }),
          );
    if (!moved) return;
    setKeys({ submit: newKey(), move: newKey() });
    setApplicant(null);
    form.resetFields();
    onClose();
    navigate(`/cases/${id}`);
  }

  return (
    <Drawer open={open} onClose={onClose} title={t('intake.title')} width={560} destroyOnHidden data-testid="intake">
      {!units.length ? (
        <Alert type="info" title={t('intake.noUnit')} />
      ) : (
        <Form form={form} layout="vertical" initialValues={{ unitId: units[0]?.id, received: [] }}>
          <Form.Item name="unitId" label={t('intake.unit')}>
            <Select options={units.map((u) => ({ value: u.id, label: u.name }))} data-testid="intake-unit" />
          </Form.Item>
          <Form.Item name="matterId" label={t('intake.matter')} rules={[{ required: true, message: t('intake.matter') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('intake.matterPlaceholder')}
              loading={matters.loading}
              data-testid="intake-matter"
              onChange={() => form.setFieldValue('received', [])}
              options={(matters.data?.guideForUnit.here ?? []).map((m) => ({ value: m.matterId, label: m.content.name }))}
            />
          </Form.Item>
          <Form.Item label={t('intake.registered')} extra={t('intake.registeredHint')}>
            <ApplicantPicker
              value={applicant}
              onPick={(a) => {
                setApplicant(a);
                if (a) form.setFieldValue('applicantName', a.name);
              }}
            />
          </Form.Item>
          <Form.Item name="applicantName" label={t('intake.applicant')} rules={[{ required: true, whitespace: true, message: t('intake.applicantRequired') }, { max: 100 }]}>
            <Input data-testid="intake-applicant" readOnly={!!applicant} />
          </Form.Item>
          {materials.length ? (
            <Form.Item name="received" label={t('intake.checklist')}>
              <Checkbox.Group style={{ width: '100%' }} data-testid="intake-checklist">
                <Space orientation="vertical">
                  {materials.map((mt) => (
                    <Checkbox key={mt.name} value={mt.name} disabled={mt.sharedData}>
                      {mt.name} {mt.required ? <Tag color="red">{t('intake.required')}</Tag> : null}
                      {mt.deferrable ? <Tag>{t('intake.deferrable')}</Tag> : null}
                      {mt.sharedData ? <Tag color="green">{t('intake.shared')}</Tag> : null}
                    </Checkbox>
                  ))}
                </Space>
              </Checkbox.Group>
            </Form.Item>
          ) : null}
          {missingRequired.length ? (
            <Typography.Paragraph type="warning" data-testid="intake-missing">
              {t('intake.missingRequired', { names: missingRequired.map((mt) => mt.name).join('、') })}
            </Typography.Paragraph>
          ) : null}
          <Space wrap>
            <Button type="primary" disabled={missingRequired.length > 0} loading={submitting.loading} onClick={() => void finish('accept')} data-testid="intake-accept">
              {t('intake.accept')}
            </Button>
            {onlyDeferrable ? (
              <Button onClick={() => void finish('accept_with_gaps')} data-testid="intake-accept-gaps">
                {t('intake.acceptWithGaps')}
              </Button>
            ) : null}
            {missing.length ? (
              <Button onClick={() => void finish('supplement')} data-testid="intake-supplement">
                {t('intake.supplement')}
              </Button>
            ) : null}
            <Button type="link" onClick={() => void finish('register')} data-testid="intake-register">
              {t('intake.register')}
            </Button>
          </Space>
        </Form>
      )}
    </Drawer>
  );
}
