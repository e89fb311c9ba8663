import { useEffect, useState } from 'react';
import { FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, AutoComplete, Button, Card, Empty, Space, Table, Typography, Upload } from 'antd';
import type { CaseMaterialFilesQuery } from '../../gql/graphql';
import { downloadFile, fetchFileBlob, postForm, type RouteError } from '../../files/fileRequests';
import { CaseMaterialFilesDocument } from '../../graphql/materials';
import { useRunMutation } from '../../components/useRunMutation';
import { useLanguage, useT } from '../../i18n/i18n';
import { formatTime } from '../../time';

type MaterialFile = CaseMaterialFilesQuery['case']['materialFiles'][number];

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** A blob as a data: URL (the page's CSP allows data: images, not blob:). */
const dataUrlOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });

/** A stored photo, fetched with the session's token (a plain <img src> would carry none). */
function Thumbnail({ file }: { file: MaterialFile }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (file.mime !== 'image/jpeg') return undefined;
    let live = true;
    fetchFileBlob(file.url)
      .then(dataUrlOf)
      .then((url) => {
        if (live) setSrc(url);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [file.url, file.mime]);
  if (file.mime !== 'image/jpeg') return <FilePdfOutlined style={{ fontSize: 32 }} />;
  return src ? (
    <img src={src} alt={file.materialName} data-testid={`material-thumb-${file.id}`} style={{ width: 64, height: 64, objectFit: 'cover', borderRadius: 4 }} />
  ) : (
    <span style={{ display: 'inline-block', width: 64, height: 64, background: '#f5f5f5', borderRadius: 4 }} />
  );
}

/**
 * 材料照片: the case's photographed or scanned materials, as thumbnails and downloads, and — for
 * those who handle the case — an upload under the material's name. The server normalizes photos
 * (upright, ≤ 2000 px, no EXIF location) and judges the type by content.
 */
export function CaseMaterialFilesCard({ caseId, canHandle }: { caseId: string; canHandle: boolean }) {
  const t = useT();
  const { language } = useLanguage();
  const run = useRunMutation();
  const result = useQuery(CaseMaterialFilesDocument, { variables: { id: caseId } });
  const [material, setMaterial] = useState('');
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<RouteError | null>(null);
  const c = result.data?.case;
  if (!c) return null;
  const names = [...new Set(c.missingMaterials)];

  async function send(file: File) {
    setFailure(null);
    const name = material.trim();
    if (!name) {
      setFailure({ code: 'CASE_MATERIAL_NAME_INVALID', messageZh: t('materials.needName'), messageEn: t('materials.needName') });
      return;
    }
    const form = new FormData();
    form.append('material', name);
    form.append('file', file);
    setUploading(true);
    try {
      await postForm(`/api/cases/${caseId}/materials`, form);
      await result.refetch();
    } catch (error) {
      const route = (error as { route?: RouteError }).route;
      setFailure(route ?? { code: 'NETWORK', messageZh: String((error as Error).message), messageEn: String((error as Error).message) });
    } finally {
      setUploading(false);
    }
  }

  return (
    <Card title={t('materials.title')} data-testid="case-material-files">
      {canHandle && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Space wrap>
            <AutoComplete
              data-testid="material-name"
              style={{ width: 260 }}
              value={material}
              options={names.map((n) => ({ value: n }))}
              onChange={(v: string) => setMaterial(v)}
              placeholder={t('materials.materialPlaceholder')}
              aria-label={t('materials.material')}
            />
            <Upload
              accept="image/jpeg,image/png,image/webp,application/pdf"
              showUploadList={false}
              maxCount={1}
              beforeUpload={(file) => {
                void send(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={uploading} data-testid="material-upload">
                {t('materials.upload')}
              </Button>
            </Upload>
          </Space>
          <Typography.Text type="secondary">{t('materials.hint')}</Typography.Text>
          {failure && (
            <Alert type="error" showIcon data-testid="material-upload-error" data-error-code={failure.code} title={language === 'en-US' ? failure.messageEn : failure.messageZh} />
          )}
        </Space>
      )}
      {c.materialFiles.length === 0 ? (
        <Empty description={t('materials.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table
          data-testid="material-files"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={c.materialFiles}
          columns={[
            { key: 'thumb', width: 80, render: (_, f) => <Thumbnail file={f} /> },
            { key: 'material', title: t('materials.material'), render: (_, f) => f.materialName },
            { key: 'size', title: t('materials.size'), render: (_, f) => `${sizeText(f.bytes)}${f.width ? ` · ${f.width}×${f.height}` : ''}` },
            { key: 'by', title: t('materials.by'), render: (_, f) => f.uploadedBy },
            { key: 'at', title: t('materials.at'), render: (_, f) => formatTime(f.uploadedAt) },
            {
              key: 'open',
              render: (_, f) => (
                <Button type="link" data-testid={`material-download-${f.id}`} onClick={() => void run(() => downloadFile(f.url, `${f.id}.${f.mime === 'application/pdf' ? 'pdf' : 'jpg'}`))}>
                  {t('materials.open')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
