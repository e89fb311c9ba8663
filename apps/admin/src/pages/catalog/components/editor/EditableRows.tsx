import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Button, Form, Space, Table } from 'antd';
import type { FormListFieldData } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../../i18n/i18n';

export interface RowColumn {
  key: string;
  title: string;
  width?: number;
  render(field: FormListFieldData, index: number): ReactNode;
}

interface Props<T> {
  name: string;
  columns: RowColumn[];
  newRow(): T;
  addLabel: string;
  testId: string;
  /** Order matters (legal basis, steps): rows can be moved up and down. */
  orderable?: boolean;
}

/** An editable table over a Form.List: one form row per item, add, remove and reorder. */
export function EditableRows<T>({ name, columns, newRow, addLabel, testId, orderable }: Props<T>) {
  const t = useT();
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Table<FormListFieldData>
            size="small"
            bordered
            rowKey="key"
            pagination={false}
            dataSource={fields}
            data-testid={testId}
            locale={{ emptyText: t('editor.noRows') }}
            columns={[
              { key: 'index', title: '#', width: 44, render: (_, __, index) => index + 1 },
              ...columns.map((column) => ({
                key: column.key,
                title: column.title,
                width: column.width,
                render: (_: unknown, field: FormListFieldData, index: number) => labelledCell(column.render(field, index), `${column.title || column.key} ${index + 1}`),
              })),
              {
                key: 'actions',
                title: '',
                width: orderable ? 116 : 52,
                render: (_, field, index) => (
                  <Space size={0}>
                    {orderable ? (
                      <>
                        <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('editor.moveUp')} />
                        <Button
                          type="text"
                          size="small"
                          icon={<ArrowDownOutlined />}
                          disabled={index === fields.length - 1}
                          onClick={() => move(index, index + 1)}
                          aria-label={t('editor.moveDown')}
                        />
                      </>
                    ) : null}
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('editor.removeRow')}
                      data-testid={`${testId}-remove-${index}`}
                    />
                  </Space>
                ),
              },
            ]}
          />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(newRow())} data-testid={`${testId}-add`}>
            {addLabel}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

/**
 * A control in a table cell has no visible label of its own (the column header is it): when the
 * cell is a Form.Item around one control, the control is named after its column and row.
 */
function labelledCell(node: ReactNode, label: string): ReactNode {
  if (!isValidElement(node) || node.type !== Form.Item) return node;
  const item = node as ReactElement<{ children?: ReactNode }>;
  const control = item.props.children;
  if (!isValidElement(control)) return node;
  return cloneElement(item, {}, cloneElement(control as ReactElement<{ 'aria-label'?: string }>, { 'aria-label': label }));
}

/** A form item that sits in a table cell: no label, no bottom margin, errors still shown. */
export const cellItemStyle = { marginBottom: 0 };
