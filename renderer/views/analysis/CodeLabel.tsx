import { useStore } from '../../store';

const SEP = ' > ';

/** A code named by its path: colour swatch, its own name indented by depth, the full path on hover. */
export function CodeLabel({ path, full = false }: { path: string; full?: boolean }) {
  const colour = useStore((s) => s.codes.find((c) => c.path === path)?.colour);
  const parts = path.split(SEP);
  return (
    <span className="code-label" title={path} style={full ? undefined : { paddingInlineStart: `${(parts.length - 1) * 0.9}rem` }}>
      <span className="swatch" style={{ backgroundColor: colour ?? 'transparent' }} aria-hidden="true" />
      <span className="visually-hidden">{path}</span>
      <span aria-hidden="true">{full ? path : parts.at(-1)}</span>
    </span>
  );
}
