import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Radio, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { downloadFile, uploadFile } from '../../../files/fileRequests';
import { useLanguage, useT } from '../../../i18n/i18n';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  implementationCode: string | null;
  code: string;
  messageZh: string;
  messageEn: string;
}

interface ImportReport {
  mode: 'all' | 'valid';
  imported: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: ImportIssue[];
}

/** 导出/导入 Excel: the catalog as a workbook people edit in Excel, and back as drafts. */
export function CatalogExcelActions({ onImported }: { onImported: () => void }) {
  const t = useT();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [mode, setMode] = useState<'all' | 'valid'>('all');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const exportCatalog = async () => {
    try {
      await downloadFile('/api/catalog/export.xlsx', 'catalog.xlsx');
    } catch (error) {
      void message.error((error as Error).message);
    }
  };

  const importCatalog = async (file: File) => {
    setBusy(true);
    try {
      const { body } = await uploadFile<ImportReport>(`/api/catalog/import?mode=${mode}`, file, XLSX_MIME);
      setReport(body);
      if (body.imported) onImported();
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space>
      <Button icon={<DownloadOutlined />} onClick={() => void exportCatalog()} data-testid="catalog-export">
        {t('catalogExcel.export')}
      </Button>
      <Radio.Group size="small" value={mode} onChange={(e) => setMode(e.target.value)} data-testid="catalog-import-mode">
        <Radio.Button value="all">{t('catalogExcel.modeAll')}</Radio.Button>
        <Radio.Button value="valid">{t('catalogExcel.modeValid')}</Radio.Button>
      </Radio.Group>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        beforeUpload={(file) => {
          void importCatalog(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid="catalog-import">
          {t('catalogExcel.import')}
        </Button>
      </Upload>
      <Modal open={!!report} title={t('catalogExcel.reportTitle')} width={860} footer={null} onCancel={() => setReport(null)}>
        {report ? (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="catalog-import-report">
            <Alert
              type={report.errors.length ? (report.imported ? 'warning' : 'error') : 'success'}
              showIcon
              message={report.imported ? t('catalogExcel.imported') : t('catalogExcel.nothingImported')}
              description={t('catalogExcel.counts', {
                created: report.created,
                updated: report.updated,
                unchanged: report.unchanged,
                rejected: report.rejected,
              })}
            />
            {report.errors.length ? (
              <Table
                size="small"
                rowKey={(_, i) => String(i)}
                dataSource={report.errors}
                pagination={{ pageSize: 10 }}
                columns={[
                  { key: 'sheet', title: t('catalogExcel.sheet'), dataIndex: 'sheet', width: 120 },
                  { key: 'row', title: t('catalogExcel.row'), dataIndex: 'row', width: 60 },
                  { key: 'column', title: t('catalogExcel.column'), dataIndex: 'column', width: 120 },
                  { key: 'code', title: t('catalogExcel.code'), dataIndex: 'code', width: 200 },
                  {
                    key: 'message',
                    title: t('catalogExcel.message'),
                    render: (_, issue) => (language === 'en-US' ? issue.messageEn : issue.messageZh),
                  },
                ]}
              />
            ) : null}
          </Space>
        ) : null}
      </Modal>
    </Space>
  );
}
