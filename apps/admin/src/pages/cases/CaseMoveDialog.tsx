import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Input, Modal, Radio } from 'antd';
import type { CaseAction, MoveCaseInput } from '../../gql/graphql';
import * as Moves from '../../graphql/cases';
import { CaseDocument, CasesDocument } from '../../graphql/cases';
import { CaseFeesDocument } from '../../graphql/fees';
import { useRunMutation } from '../../components/useRunMutation';
import { validValues } from '../../components/validValues';
import { useT } from '../../i18n/i18n';

/** Moves the platform makes itself (超时默许): never offered, so no dialog. */
type SystemAction = 'DEEM_APPROVED';

const DOCUMENTS = {
  ACCEPT: Moves.AcceptCaseDocument,
  REQUEST_SUPPLEMENT: Moves.RequestSupplementDocument,
  RESUBMIT: Moves.ResubmitCaseDocument,
  NOT_ACCEPT: Moves.RefuseCaseDocument,
  START_REVIEW: Moves.StartReviewDocument,
  SUSPEND: Moves.SuspendCaseDocument,
  RESUME: Moves.ResumeCaseDocument,
  FORWARD: Moves.ForwardCaseDocument,
  RECEIVE: Moves.ReceiveCaseDocument,
  RETURN: Moves.ReturnCaseDocument,
  DECIDE: Moves.DecideCaseDocument,
  DELIVER: Moves.DeliverCaseDocument,
  WITHDRAW: Moves.WithdrawCaseDocument,
} as const satisfies Record<Exclude<CaseAction, SystemAction>, unknown>;

const NEEDS_REASON: CaseAction[] = ['NOT_ACCEPT', 'RETURN', 'WITHDRAW', 'SUSPEND'];

interface MoveForm {
  reason?: string;
  missing?: string;
  acceptanceMode?: 'FULL' | 'WITH_GAPS';
  suspensionKind?: 'SITE_SURVEY' | 'EXPERT_REVIEW' | 'HEARING';
  outcome?: 'APPROVED' | 'REJECTED';
  legalBasis?: string;
  deliveryMethod?: 'WINDOW' | 'POST' | 'HOME';
  trackingNumber?: string;
  deliveryAddress?: string;
  deliveryNotes?: string;
}

/** One move of the case: asks for what the move needs, sends it once with its own idempotency key. */
export function CaseMoveDialog({ caseId, action, onClose }: { caseId: string; action: CaseAction | null; onClose: () => void }) {
  const t = useT();
  const runMutation = useRunMutation();
  const [form] = Form.useForm<MoveForm>();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [mutate, state] = useMutation(DOCUMENTS[action && action !== 'DEEM_APPROVED' ? action : 'ACCEPT'] as typeof Moves.AcceptCaseDocument, { refetchQueries: [CaseDocument, CasesDocument, CaseFeesDocument] });
  const mode = Form.useWatch('acceptanceMode', form);
  const outcome = Form.useWatch('outcome', form);
  const delivery = Form.useWatch('deliveryMethod', form);
  // Only the ways of delivery the case's pinned matter version offers.
  const offered = useQuery(CaseFeesDocument, { variables: { id: caseId }, skip: action !== 'DELIVER' }).data?.case?.deliveryOptions ?? (['WINDOW', 'POST', 'HOME'] as const);
  if (!action) return null;
  const lines = (text?: string) => (text ?? '').split(/\n+/).map((s) => s.trim()).filter(Boolean);

  async function confirm() {
    const values = await validValues(form);
    if (!values || !action) return;
    const input: MoveCaseInput = {
      idempotencyKey: key,
      reason: values.reason,
      missingMaterials: action === 'REQUEST_SUPPLEMENT' || values.acceptanceMode === 'WITH_GAPS' ? lines(values.missing) : undefined,
      acceptanceMode: values.acceptanceMode,
      suspensionKind: values.suspensionKind,
      outcome: values.outcome,
      legalBasis: values.legalBasis,
      deliveryMethod: values.deliveryMethod,
      trackingNumber: values.trackingNumber,
      deliveryAddress: values.deliveryAddress,
      deliveryNotes: values.deliveryNotes,
    };
    const done = await runMutation(() => mutate({ variables: { id: caseId, input } }), t('caseAction.done', { action: t(`caseAction.${action}`) }));
    if (done) {
      setKey(crypto.randomUUID());
      form.resetFields();
      onClose();
    }
  }

  return (
    <Modal
      open
      title={t(`caseAction.${action}`)}
      okText={t('move.confirm')}
      onOk={() => void confirm()}
      confirmLoading={state.loading}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ acceptanceMode: 'FULL', outcome: 'APPROVED', deliveryMethod: offered[0] ?? 'WINDOW', suspensionKind: 'SITE_SURVEY' }}>
        {action === 'ACCEPT' ? (
          <Form.Item name="acceptanceMode" label={t('move.mode')}>
            <Radio.Group options={[{ value: 'FULL', label: t('move.modeFull') }, { value: 'WITH_GAPS', label: t('move.modeGaps') }]} />
          </Form.Item>
        ) : null}
        {action === 'REQUEST_SUPPLEMENT' || (action === 'ACCEPT' && mode === 'WITH_GAPS') ? (
          <Form.Item name="missing" label={t('move.missing')} extra={t('move.missingHint')} rules={[{ required: true, whitespace: true, message: t('move.missingRequired') }]}>
            <Input.TextArea rows={4} data-testid="move-missing" />
          </Form.Item>
        ) : null}
        {action === 'SUSPEND' ? (
          <Form.Item name="suspensionKind" label={t('move.suspensionKind')}>
            <Radio.Group options={(['SITE_SURVEY', 'EXPERT_REVIEW', 'HEARING'] as const).map((k) => ({ value: k, label: t(`suspension.${k}`) }))} />
          </Form.Item>
        ) : null}
        {action === 'DECIDE' ? (
          <Form.Item name="outcome" label={t('move.outcome')}>
            <Radio.Group data-testid="move-outcome" options={(['APPROVED', 'REJECTED'] as const).map((k) => ({ value: k, label: t(`outcome.${k}`) }))} />
          </Form.Item>
        ) : null}
        {action === 'DELIVER' ? (
          <Form.Item name="deliveryMethod" label={t('move.delivery')}>
            <Radio.Group data-testid="move-delivery" options={offered.map((k) => ({ value: k, label: t(`delivery.${k}`) }))} />
          </Form.Item>
        ) : null}
        {action === 'DELIVER' && delivery === 'POST' ? (
          <Form.Item name="trackingNumber" label={t('move.tracking')} rules={[{ required: true, whitespace: true, message: t('move.trackingRequired') }]}>
            <Input data-testid="move-tracking" />
          </Form.Item>
        ) : null}
        {action === 'DELIVER' && delivery === 'HOME' ? (
          <Form.Item name="deliveryAddress" label={t('move.address')} extra={t('move.addressHint')} rules={[{ max: 200 }]}>
            <Input data-testid="move-address" />
          </Form.Item>
        ) : null}
        {action === 'DELIVER' ? (
          <Form.Item name="deliveryNotes" label={t('move.notes')} rules={[{ max: 500 }]}>
            <Input data-testid="move-notes" />
          </Form.Item>
        ) : null}
        {NEEDS_REASON.includes(action) || (action === 'DECIDE' && outcome === 'REJECTED') ? (
          <Form.Item name="reason" label={t('move.reason')} rules={[{ required: true, whitespace: true, message: t('move.reasonRequired') }, { max: 500 }]}>
            <Input.TextArea rows={3} data-testid="move-reason" />
          </Form.Item>
        ) : null}
        {action === 'DECIDE' && outcome === 'REJECTED' ? (
          <Form.Item name="legalBasis" label={t('move.legalBasis')} rules={[{ required: true, whitespace: true, message: t('move.legalBasisRequired') }, { max: 500 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
