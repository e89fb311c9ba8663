import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Form, Space, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../../../ErrorAlert';
import { useLeaveWarning } from '../../../../components/useLeaveWarning';
import type { MatterContentInput } from '../../../../gql/graphql';
import { useLanguage } from '../../../../i18n/i18n';
import { useDepartments } from '../useDepartments';
import { toInput } from './contentForm';
import { BasicsSection } from './sections/BasicsSection';
import { ConditionsSection } from './sections/ConditionsSection';
import { FeesSection } from './sections/FeesSection';
import { LegalBasisSection } from './sections/LegalBasisSection';
import { MaterialsSection } from './sections/MaterialsSection';
import { PlaceSection } from './sections/PlaceSection';
import { ServiceSection } from './sections/ServiceSection';
import { StepsSection } from './sections/StepsSection';
import { TiersSection } from './sections/TiersSection';
import { TimeLimitsSection } from './sections/TimeLimitsSection';
import { codedDetails, editorErrors, type EditorErrors, type Problem } from './serverErrorFields';

interface Props {
  initial: MatterContentInput;
  /** Codes cannot change once a matter has been published. */
  codesFixed: boolean;
  saving: boolean;
  saveLabel: string;
  onSave(input: MatterContentInput): Promise<void>;
  /** Extra buttons beside Save (publish …). */
  extra?: React.ReactNode;
  /** Told whenever the form gets or loses unsaved changes, so publishing can wait for a save. */
  onDirtyChange?(dirty: boolean): void;
  /** A matter not created yet: nothing has been saved, so the bar never says it was. */
  isNew?: boolean;
}

/**
 * Every element of a matter on one page. The server is the judge of the rules: its coded errors
 * are put next to the field or table they concern, with a summary above.
 */
export function MatterEditor({ initial, codesFixed, saving, saveLabel, onSave, extra, onDirtyChange, isNew = false }: Props) {
  const { language, t } = useLanguage();
  const departments = useDepartments();
  const [form] = Form.useForm<MatterContentInput>();
  const [error, setError] = useState<unknown>(null);
  const [sections, setSections] = useState<EditorErrors['sections']>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [dirty, setDirtyState] = useState(false);
  const setDirty = (next: boolean) => {
    setDirtyState(next);
    onDirtyChange?.(next);
  };
  const top = useRef<HTMLDivElement>(null);
  // While a save runs the page may move on (a new matter opens its own page): not a loss.
  const [leaving, setLeaving] = useState(false);
  useLeaveWarning(dirty && !leaving);

  useEffect(() => {
    form.setFieldsValue(initial);
    setDirtyState(false);
    onDirtyChange?.(false);
  }, [form, initial, onDirtyChange]);

  async function save() {
    setError(null);
    setSections({});
    setProblems([]);
    let values: MatterContentInput;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input = toInput({ ...initial, ...values });
    try {
      setLeaving(true);
      await onSave(input);
      setDirty(false);
    } catch (caught) {
      setError(caught);
      const placed = editorErrors(caught, language, t);
      form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
      setSections(placed.sections);
      setProblems(placed.problems);
      const first = placed.fields[0]?.name;
      if (first) form.scrollToField(first as Parameters<typeof form.scrollToField>[0], { block: 'center' });
      else top.current?.scrollIntoView({ block: 'start' });
    } finally {
      setLeaving(false);
    }
  }

  return (
    <div ref={top}>
      {/* Sticky rather than affixed: the save bar stays in the flow and never covers a section. */}
      <div style={{ position: 'sticky', top: 0, zIndex: 10, marginBottom: 12 }}>
        <Card size="small" styles={{ body: { padding: '8px 16px' } }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text type={dirty ? 'warning' : 'secondary'} data-testid="editor-state">
              {dirty ? t('editor.unsaved') : isNew ? t('editor.notSavedYet') : t('editor.saved')}
            </Typography.Text>
            <Space>
              <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()} data-testid="editor-save">
                {saveLabel}
              </Button>
              {extra}
            </Space>
          </Space>
        </Card>
      </div>
      {error ? (
        <div style={{ marginBottom: 12 }}>
          {problems.length > 0 ? (
            <Alert
              type="error"
              showIcon
              data-testid="editor-error"
              data-error-code={codedDetails(error)?.code}
              title={t('editor.problems', { count: problems.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="editor-problems">
                  {problems.map((p, i) => (
                    <li key={i}>
                      {p.name ? (
                        <Typography.Link onClick={() => form.scrollToField(p.name as Parameters<typeof form.scrollToField>[0], { block: 'center' })}>
                          {p.label}
                        </Typography.Link>
                      ) : null}
                      {p.name ? t('common.labelSeparator') : ''}
                      {p.message}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : (
            <ErrorAlert error={error} testId="editor-error" />
          )}
        </div>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => setDirty(true)}
        data-testid="matter-editor"
        scrollToFirstError={{ block: 'center' }}
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <BasicsSection departments={departments} codesFixed={codesFixed} />
          <LegalBasisSection />
          <TimeLimitsSection />
          <ConditionsSection />
          <MaterialsSection error={sections.materials} />
          <StepsSection error={sections.steps} />
          <FeesSection />
          <ServiceSection />
          <TiersSection />
          <PlaceSection />
        </Space>
      </Form>
    </div>
  );
}
