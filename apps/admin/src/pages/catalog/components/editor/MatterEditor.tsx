import { useEffect, useRef, useState } from 'react';
import { Button, Card, Form, Space, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { ErrorAlert, useErrorText } from '../../../../ErrorAlert';
import type { MatterContentInput } from '../../../../gql/graphql';
import { useT } from '../../../../i18n/i18n';
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
import { editorErrors, type EditorErrors } from './serverErrorFields';

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
}

/**
 * Every element of a matter on one page. The server is the judge of the rules: its coded errors
 * are put next to the field or table they concern, with a summary above.
 */
export function MatterEditor({ initial, codesFixed, saving, saveLabel, onSave, extra, onDirtyChange }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const departments = useDepartments();
  const [form] = Form.useForm<MatterContentInput>();
  const [error, setError] = useState<unknown>(null);
  const [sections, setSections] = useState<EditorErrors['sections']>({});
  const [dirty, setDirtyState] = useState(false);
  const setDirty = (next: boolean) => {
    setDirtyState(next);
    onDirtyChange?.(next);
  };
  const top = useRef<HTMLDivElement>(null);

  useEffect(() => {
    form.setFieldsValue(initial);
    setDirtyState(false);
    onDirtyChange?.(false);
  }, [form, initial, onDirtyChange]);

  async function save() {
    setError(null);
    setSections({});
    let values: MatterContentInput;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input = toInput({ ...initial, ...values });
    try {
      await onSave(input);
      setDirty(false);
    } catch (caught) {
      setError(caught);
      const placed = editorErrors(caught, errorText(caught), input);
      form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
      setSections(placed.sections);
      const first = placed.fields[0]?.name;
      if (first) form.scrollToField(first as Parameters<typeof form.scrollToField>[0], { block: 'center' });
      else top.current?.scrollIntoView({ block: 'start' });
    }
  }

  return (
    <div ref={top}>
      {/* Sticky rather than affixed: the save bar stays in the flow and never covers a section. */}
      <div style={{ position: 'sticky', top: 0, zIndex: 10, marginBottom: 12 }}>
        <Card size="small" styles={{ body: { padding: '8px 16px' } }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text type={dirty ? 'warning' : 'secondary'} data-testid="editor-state">
              {dirty ? t('editor.unsaved') : t('editor.saved')}
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
          <ErrorAlert error={error} testId="editor-error" />
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
