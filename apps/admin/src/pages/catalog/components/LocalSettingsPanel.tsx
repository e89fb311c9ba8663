import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Grid, Input, InputNumber, Row, Space, Spin, Typography } from 'antd';
import { ErrorAlert, useErrorText } from '../../../ErrorAlert';
import type { LocalSettingInput, OrgUnitFieldsFragment } from '../../../gql/graphql';
import { EffectiveCatalogDocument, SetLocalSettingDocument } from '../../../graphql/catalog';
import { PromiseChain } from './PromiseChain';
import { LocalWindowPicker } from './LocalWindowPicker';
import { useT } from '../../../i18n/i18n';
import { formatTime } from '../../../time';
import { codedDetails } from './editor/serverErrorFields';
import { validValues } from '../../../components/validValues';
import { useLeaveWarning } from '../../../components/useLeaveWarning';
import { useWholeNumberRule } from '../../../components/wholeNumberRule';

interface FormValues {
  address?: string;
  hours?: string;
  phone?: string;
  promisedDays?: number | null;
  windowId?: string | null;
  proposedMaterial?: string;
}

/** The server's message is "rule：attempts"; the rule is already the alert's title. */
function attemptedPart(message: string): string {
  const match = /^[^：:]+[：:]\s*(.+)$/s.exec(message);
  return match ? match[1] : message;
}

/** The refusal of a change only the county may make, with the rule it breaks and what was tried. */
function ForbiddenAlert({ error }: { error: unknown }) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      data-testid="local-forbidden"
      data-error-code="LOCAL_CHANGE_FORBIDDEN"
      title={t('local.forbiddenTitle')}
      description={
        <Space orientation="vertical" size={2}>
          <Typography.Text data-testid="local-forbidden-message">{t('local.attempted', { what: attemptedPart(errorText(error)) })}</Typography.Text>
          <Typography.Text type="secondary">{t('local.forbiddenHint')}</Typography.Text>
        </Space>
      }
    />
  );
}

/**
 * 本地化设置: a township or village sets its own place, hours, phone and a shorter promise.
 * Anything more is refused by the server and the refusal is shown as is.
 */
export function LocalSettingsPanel({ matterId, unit }: { matterId: string; unit: OrgUnitFieldsFragment }) {
  const t = useT();
  const whole = useWholeNumberRule();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [dirty, setDirty] = useState(false);
  useLeaveWarning(dirty);
  const screens = Grid.useBreakpoint();
  const catalog = useQuery(EffectiveCatalogDocument, { variables: { orgUnitId: unit.id } });
  const [save, saving] = useMutation(SetLocalSettingDocument, {
    refetchQueries: [EffectiveCatalogDocument],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<unknown>(null);
  const entry = catalog.data?.effectiveCatalog.find((m) => m.matterId === matterId);
  const own = entry?.localSettings.find((s) => s.orgUnitId === unit.id);

  useEffect(() => {
    form.setFieldsValue({
      address: own?.address ?? '',
      hours: own?.hours ?? '',
      phone: own?.phone ?? '',
      promisedDays: own?.promisedDays ?? null,
      windowId: own?.windowId ?? null,
      proposedMaterial: '',
    });
  }, [form, own]);

  if (catalog.loading) return <Spin />;
  if (catalog.error) return <ErrorAlert error={catalog.error} />;
  if (!entry) return <Alert type="info" showIcon title={t('local.notAccepted', { unit: unit.name })} data-testid="local-not-accepted" />;

  async function submit() {
    setError(null);
    const values = await validValues(form);
    if (!values) return;
    const input: LocalSettingInput = {
      address: values.address?.trim() || null,
      hours: values.hours?.trim() || null,
      phone: values.phone?.trim() || null,
      promisedDays: values.promisedDays ?? null,
      windowId: values.windowId ?? null,
    };
    const proposed = values.proposedMaterial?.trim();
    // Offered so that a request to add a material reaches the county's rule instead of vanishing.
    if (proposed) {
      input.materials = [{ name: proposed, form: 'ORIGINAL', copies: 1, required: true, deferrable: false, sharedData: false }];
    }
    try {
      await save({ variables: { matterId, orgUnitId: unit.id, input } });
      setDirty(false);
      // What took effect, read back: a longer promise than the township's is saved but does not apply.
      const fresh = (await catalog.refetch()).data?.effectiveCatalog.find((m) => m.matterId === matterId);
      const mine = fresh?.promiseSources.find((s) => s.unitName === unit.name && s.tier === unit.kind);
      const winner = fresh?.promiseSources.find((s) => s.inEffect);
      if (mine && !mine.inEffect && winner) {
        void message.warning(t('local.savedNotInEffect', { own: mine.promisedDays, winner: winner.unitName, days: winner.promisedDays }), 8);
      } else {
        void message.success(t('local.saved'));
      }
    } catch (caught) {
      setError(caught);
    }
  }

  const forbidden = codedDetails(error)?.code === 'LOCAL_CHANGE_FORBIDDEN';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="local-settings">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        // On a phone each label sits above its value: beside a long value it was squeezed to a character a line.
        layout={screens.md ? 'horizontal' : 'vertical'}
        title={t('local.effectiveAt', { unit: unit.name })}
        items={[
          { key: 'countyPromised', label: t('local.countyPromised'), children: t('guide.days', { n: entry.countyPromisedDays }) },
          {
            key: 'promised',
            label: t('local.effectivePromised'),
            children: (
              <Space orientation="vertical" size={0}>
                <span data-testid="local-effective-promised">{t('guide.days', { n: entry.content.promisedDays })}</span>
                <PromiseChain sources={entry.promiseSources} />
              </Space>
            ),
          },
          { key: 'place', label: t('matter.place'), children: entry.content.place },
          { key: 'hours', label: t('matter.hours'), children: entry.content.hours },
          { key: 'phone', label: t('matter.consultPhone'), children: entry.content.consultPhone },
          { key: 'updated', label: t('local.updatedAt'), children: own ? formatTime(own.updatedAt) : t('cascade.followsCounty') },
          {
            key: 'materials',
            label: t('editor.section.materials'),
            span: 2,
            children: <span data-testid="local-materials">{entry.content.materials.map((m) => m.name).join(t('common.listSeparator'))}</span>,
          },
        ]}
      />
      <Card size="small" title={t('local.formTitle')}>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('local.rule')} description={t('local.allowed')} />
        <Form form={form} layout="vertical" data-testid="local-form" onValuesChange={() => setDirty(true)}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="address" label={t('local.address')}>
                <Input data-testid="local-address" placeholder={entry.content.place} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="hours" label={t('local.hours')}>
                <Input data-testid="local-hours" placeholder={entry.content.hours} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('local.phone')}>
                <Input data-testid="local-phone" placeholder={entry.content.consultPhone} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="promisedDays"
                label={t('local.promisedDays')}
                extra={t('local.promisedHint', { days: entry.countyPromisedDays })}
                rules={[whole(0)]}
              >
                <InputNumber style={{ width: '100%' }} suffix={t('editor.workingDays')} data-testid="local-promised" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="windowId" label={t('local.window')}>
                <LocalWindowPicker unitId={unit.id} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="proposedMaterial" label={t('local.proposeMaterial')} extra={t('local.proposeMaterialHint')}>
                <Input data-testid="local-propose-material" />
              </Form.Item>
            </Col>
          </Row>
          {error ? (
            <div style={{ marginBottom: 16 }}>
              {forbidden ? <ForbiddenAlert error={error} /> : <ErrorAlert error={error} testId="local-error" />}
            </div>
          ) : null}
          <Button type="primary" loading={saving.loading} onClick={() => void submit()} data-testid="local-save">
            {t('local.save')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
