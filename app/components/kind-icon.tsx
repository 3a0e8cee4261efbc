/** Small inline shapes matching the canvas's kind encoding (legend, lists, search). */
import { NEUTRAL } from "@/app/lib/graph-style";

export function KindIcon({ kind, color = NEUTRAL, size = 14 }: { kind: string; color?: string; size?: number }) {
  const s = size;
  const h = s / 2;
  let shape;
  switch (kind) {
    case "section":
    case "roadmap":
      shape = <rect x={1} y={2} width={s - 2} height={s - 4} rx={3} fill={color} />;
      break;
    case "survey":
      shape = <polygon points={`${h},1 ${s - 1},${h} ${h},${s - 1} 1,${h}`} fill={color} />;
      break;
    case "resource":
      shape = <polygon points={`${s * 0.27},1.5 ${s * 0.73},1.5 ${s - 1},${h} ${s * 0.73},${s - 1.5} ${s * 0.27},${s - 1.5} 1,${h}`} fill={color} />;
      break;
    default:
      shape = <circle cx={h} cy={h} r={h - 1} fill={color} />;
  }
  return (
    <svg className="kind-icon" width={s} height={s} viewBox={`0 0 ${s} ${s}`} aria-hidden="true">
      {shape}
    </svg>
  );
}
