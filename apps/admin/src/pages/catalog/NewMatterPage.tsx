import { useMemo } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Card } from 'antd';
import { useNavigate } from 'react-router';
import { emptyContent } from './components/editor/contentForm';
import { MatterEditor } from './components/editor/MatterEditor';
import type { MatterContentInput } from '../../gql/graphql';
import { CreateMatterDocument, MattersDocument } from '../../graphql/catalog';
import { useT } from '../../i18n/i18n';
import { PageTitle } from '../../components/PageTitle';

/** 新建事项: the first draft of a matter; it is published from its own page. */
export function NewMatterPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [create, creating] = useMutation(CreateMatterDocument, { refetchQueries: [MattersDocument] });
  const initial = useMemo(emptyContent, []);

  async function save(input: MatterContentInput) {
    const { data } = await create({ variables: { input } });
    void message.success(t('editor.savedOk'));
    if (data) void navigate(`/catalog/${data.createMatter.id}`, { replace: true });
  }

  return (
    <Card title={<PageTitle>{t('catalog.create')}</PageTitle>}>
      <MatterEditor isNew initial={initial} codesFixed={false} saving={creating.loading} saveLabel={t('editor.saveDraft')} onSave={save} />
    </Card>
  );
}
