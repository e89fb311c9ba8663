import { useT } from '../../../../../i18n/i18n';

/** A section's heading; a section the matter cannot be saved without carries the form's red mark. */
export function SectionTitle({ label, required = false }: { label: string; required?: boolean }) {
  const t = useT();
  if (!required) return <>{label}</>;
  return (
    <span data-required-section="yes">
      <span aria-hidden style={{ color: '#ff4d4f', marginInlineEnd: 4 }}>
        *
      </span>
      {label}
      <span className="visually-hidden" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {t('editor.requiredSection')}
      </span>
    </span>
  );
}
