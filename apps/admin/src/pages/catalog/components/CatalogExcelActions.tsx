import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Radio, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { downloadFile, downloadPosted, uploadFile, type RouteError } from '../../../files/fileRequests';
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

type ImportAction = 'created' | 'updated' | 'unchanged' | 'rejected';

interface ImportReport {
  mode: 'all' | 'valid';
  preview: boolean;
  imported: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  matters: { implementationCode: string; name: string; action: ImportAction }[];
  errors: ImportIssue[];
}

const ACTION_COLORS: Record<ImportAction, string> = { created: 'green', updated: 'blue', unchanged: 'default', rejected: 'red' };

/**
 * 导出/导入 Excel: the catalog as a workbook people edit in Excel, and back as drafts. Every upload
 * is previewed first (the server does the import and rolls it back); only a confirmation writes.
 */
export function CatalogExcelActions({ onImported }: { onImported: () => void }) {
  const t = useT();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [mode, setMode] = useState<'all' | 'valid'>('all');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const routeMessage = (error: unknown) => {
    const route = (error as { route?: RouteError }).route;
    return route ? (language === 'en-US' ? route.messageEn : route.messageZh) : t('error.network');
  };

  const exportCatalog = async () => {
    try {
      await downloadFile('/api/catalog/export.xlsx', 'catalog.xlsx');
    } catch (error) {
      void message.error(routeMessage(error));
    }
  };

  const send = async (chosen: File, preview: boolean) => {
    setBusy(true);
    try {
      const { body } = await uploadFile<ImportReport>(`/api/catalog/import?mode=${mode}${preview ? '&preview=1' : ''}`, chosen, XLSX_MIME);
      setReport(body);
      if (body.imported) onImported();
    } catch (error) {
      setFile(null);
      void message.error(routeMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const choose = (chosen: File) => {
    // Said before anything is sent: an .xls, .csv or photo is not a workbook the import reads.
    if (!chosen.name.toLowerCase().endsWith('.xlsx') && chosen.type !== XLSX_MIME) {
      void message.error(t('catalogExcel.notXlsx'));
      return;
    }
    setFile(chosen);
    void send(chosen, true);
  };

  const downloadProblems = async () => {
    if (!file) return;
    try {
      await downloadPosted(`/api/catalog/import/problems.xlsx?mode=${mode}${language === 'en-US' ? '&lang=en' : ''}`, file, XLSX_MIME, 'import-problems.xlsx');
    } catch (error) {
      void message.error(routeMessage(error));
    }
  };

  const close = () => {
    setReport(null);
    setFile(null);
  };

  const writable = report?.preview && report.created + report.updated > 0 && !(report.mode === 'all' && report.errors.length > 0);

  return (
    <Space wrap>
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
        beforeUpload={(chosen) => {
          choose(chosen);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy && !report} data-testid="catalog-import">
          {t('catalogExcel.import')}
        </Button>
      </Upload>
      <Modal
        open={!!report}
        title={report?.preview ? t('catalogExcel.previewTitle') : t('catalogExcel.reportTitle')}
        width={900}
        onCancel={close}
        footer={
          report?.preview ? (
            <Space>
              <Button onClick={close} data-testid="catalog-import-cancel">
                {t('common.cancel')}
              </Button>
              <Button type="primary" disabled={!writable} loading={busy} onClick={() => file && void send(file, false)} data-testid="catalog-import-confirm">
                {t('catalogExcel.confirm')}
              </Button>
            </Space>
          ) : (
            <Button type="primary" onClick={close}>
              {t('common.close')}
            </Button>
          )
        }
      >
        {report ? <ImportReportView report={report} onDownloadProblems={() => void downloadProblems()} /> : null}
      </Modal>
    </Space>
  );
}

function ImportReportView({ report, onDownloadProblems }: { report: ImportReport; onDownloadProblems(): void }) {
  const t = useT();
  const { language } = useLanguage();
  const counts = { created: report.created, updated: report.updated, unchanged: report.unchanged, rejected: report.rejected };
  const headline = report.preview
    ? report.mode === 'all' && report.errors.length
      ? t('catalogExcel.previewBlocked')
      : t('catalogExcel.previewWould')
    : report.imported
      ? t('catalogExcel.imported')
      : t('catalogExcel.nothingImported');
  const written = report.matters.filter((x) => x.action !== 'unchanged');
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="catalog-import-report" data-preview={report.preview ? 'yes' : 'no'}>
      <Alert
        type={report.errors.length ? (report.preview || report.imported ? 'warning' : 'error') : report.preview ? 'info' : 'success'}
        showIcon
        title={headline}
        description={t('catalogExcel.counts', counts)}
        data-testid="catalog-import-counts"
      />
      {written.length ? (
        <Table
          size="small"
          rowKey="implementationCode"
          dataSource={written}
          pagination={{ pageSize: 8 }}
          data-testid="catalog-import-matters"
          columns={[
            { key: 'code', title: t('catalogExcel.implementationCode'), dataIndex: 'implementationCode', width: 220 },
            { key: 'name', title: t('catalogExcel.matterName'), dataIndex: 'name' },
            {
              key: 'action',
              title: t('catalogExcel.action'),
              width: 110,
              render: (_, x) => <Tag color={ACTION_COLORS[x.action]}>{t(`catalogExcel.action.${x.action}`)}</Tag>,
            },
          ]}
        />
      ) : null}
      {report.errors.length ? (
        <>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <strong>{t('catalogExcel.problems', { count: report.errors.length })}</strong>
            <Button size="small" icon={<DownloadOutlined />} onClick={onDownloadProblems} data-testid="catalog-import-problems">
              {t('catalogExcel.downloadProblems')}
            </Button>
          </Space>
          <Table
            size="small"
            rowKey={(_, i) => String(i)}
            dataSource={report.errors}
            pagination={{ pageSize: 10 }}
            data-testid="catalog-import-errors"
            columns={[
              { key: 'sheet', title: t('catalogExcel.sheet'), dataIndex: 'sheet', width: 100 },
              { key: 'row', title: t('catalogExcel.row'), dataIndex: 'row', width: 60 },
              { key: 'column', title: t('catalogExcel.column'), dataIndex: 'column', width: 150 },
              {
                key: 'message',
                title: t('catalogExcel.message'),
                render: (_, issue) => (language === 'en-US' ? issue.messageEn : issue.messageZh),
              },
            ]}
          />
        </>
      ) : null}
    </Space>
  );
}
