import { Space, Tag } from 'antd';
import type { SpecialGroup } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';

/** 老年人 / 残疾人 / 低保 / 优抚: what the counter serves first. */
export function SpecialGroupTags({ groups }: { groups: readonly SpecialGroup[] }) {
  const t = useT();
  if (!groups.length) return null;
  return (
    <Space size={4} wrap>
      {groups.map((g) => (
        <Tag key={g} color="blue" data-testid={`group-${g}`}>
          {t(`applicants.group.${g}`)}
        </Tag>
      ))}
    </Space>
  );
}
