import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Drawer, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { DeleteOutlined, TranslationOutlined } from '@ant-design/icons';
import { useRunMutation } from '../../../components/useRunMutation';
import { validValues } from '../../../components/validValues';
import { ErrorAlert } from '../../../ErrorAlert';
import { GuideSynonymsDocument, RemoveGuideSynonymDocument, SetGuideSynonymDocument } from '../../../graphql/synonyms';
import { useT } from '../../../i18n/i18n';

/** 检索同义词: words people type (低保) for the words of a matter's name (最低生活保障). */
export function SynonymsDrawer() {
  const t = useT();
  const runMutation = useRunMutation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ term: string; expansion: string }>();
  const list = useQuery(GuideSynonymsDocument, { skip: !open });
  const [setSynonym, setting] = useMutation(SetGuideSynonymDocument, { refetchQueries: [GuideSynonymsDocument], awaitRefetchQueries: true });
  const [removeSynonym] = useMutation(RemoveGuideSynonymDocument, { refetchQueries: [GuideSynonymsDocument], awaitRefetchQueries: true });

  async function add() {
    const values = await validValues(form);
    if (!values) return;
    if (await runMutation(() => setSynonym({ variables: values }), t('synonyms.saved'))) form.resetFields();
  }

  return (
    <>
      <Button icon={<TranslationOutlined />} onClick={() => setOpen(true)} data-testid="synonyms-open">
        {t('synonyms.title')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('synonyms.title')} size="large" data-testid="synonyms-drawer">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary">{t('synonyms.hint')}</Typography.Paragraph>
          <Form form={form} layout="inline" onFinish={() => void add()}>
            <Form.Item name="term" label={t('synonyms.term')} rules={[{ required: true, message: t('editor.required') }, { max: 20, message: t('form.length') }]}>
              <Input placeholder="低保" data-testid="synonym-term" />
            </Form.Item>
            <Form.Item
              name="expansion"
              label={t('synonyms.expansion')}
              rules={[{ required: true, message: t('editor.required') }, { max: 40, message: t('form.length') }]}
            >
              <Input placeholder="最低生活保障" data-testid="synonym-expansion" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={setting.loading} data-testid="synonym-add">
              {t('synonyms.add')}
            </Button>
          </Form>
          <ErrorAlert error={list.error} />
          <Table
            size="small"
            rowKey="term"
            loading={list.loading}
            dataSource={list.data?.guideSynonyms ?? []}
            pagination={false}
            data-testid="synonyms-table"
            columns={[
              { key: 'term', title: t('synonyms.term'), dataIndex: 'term' },
              { key: 'expansion', title: t('synonyms.expansion'), dataIndex: 'expansion' },
              {
                key: 'remove',
                width: 64,
                render: (_, s) => (
                  <Popconfirm title={t('synonyms.removeConfirm', { term: s.term })} onConfirm={() => void runMutation(() => removeSynonym({ variables: { term: s.term } }), t('synonyms.removed'))}>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('synonyms.remove', { term: s.term })} data-testid="synonym-remove" />
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Space>
      </Drawer>
    </>
  );
}
