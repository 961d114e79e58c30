import { useStore } from '../store';

/**
 * "Choose…" beside a typed path, on the desktop only: the native dialog fills the
 * field. The browser host has no file dialogs that yield a path, so there the
 * typed path is the only way and no button is shown.
 */
export function ChooseFileButton(props: {
  mode: 'open' | 'create';
  kind: 'project' | 'qdpx' | 'codebook';
  label: string;
  disabled?: boolean;
  onPicked(path: string): void;
  onError(message: string): void;
}) {
  const canPick = useStore((s) => s.hostInfo?.canPickFiles ?? false);
  const pickPath = useStore((s) => s.pickPath);
  if (!canPick) return null;
  const choose = async () => {
    const picked = await pickPath(props.mode, props.kind);
    if (!picked.ok) props.onError(picked.error);
    else if (picked.value !== null) props.onPicked(picked.value);
  };
  return (
    <button type="button" aria-label={props.label} disabled={props.disabled} onClick={() => void choose()}>
      Choose…
    </button>
  );
}
