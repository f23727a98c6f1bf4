// Dev tool (not part of the bundle): re-encodes SVG path data with fewer digits so the brand
// icons cost less. `node scripts/icon-paths.mjs <dir-with-simple-icons-svgs> x facebook …`
// prints each slug's path: every point is made absolute, rounded to 0.1 on the 24-unit grid
// (0.08 px at 20 px) and written back relative to the ROUNDED previous point, so rounding
// errors never accumulate. Arc flags are kept exactly.
import { readFileSync } from 'node:fs';

const ARGS = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

function tokenize(d) {
  const out = [];
  const re = /([MLHVCSQTAZmlhvcsqtaz])|(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/g;
  let m;
  while ((m = re.exec(d))) out.push(m[1] ?? Number(m[2]));
  return out;
}

/** Arc flags may be written without separators ("0 01" = 0, 0, 1): split them. */
function parse(d) {
  const raw = d.replace(/([MLHVCSQTAZmlhvcsqtaz])/g, ' $1 ');
  const cmds = [];
  let i = 0;
  const s = raw;
  let cmd = null;
  const num = () => {
    const m = /^[\s,]*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/.exec(s.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[1]);
  };
  const flag = () => {
    const m = /^[\s,]*([01])/.exec(s.slice(i));
    i += m[0].length;
    return Number(m[1]);
  };
  while (i < s.length) {
    const c = /^[\s,]*([MLHVCSQTAZmlhvcsqtaz])/.exec(s.slice(i));
    if (c) {
      i += c[0].length;
      cmd = c[1];
      if (cmd === 'z' || cmd === 'Z') {
        cmds.push([cmd, []]);
        continue;
      }
    } else if (/^[\s,]*$/.test(s.slice(i))) break;
    const n = ARGS[cmd.toUpperCase()];
    const args = [];
    for (let k = 0; k < n; k++) args.push(cmd.toUpperCase() === 'A' && (k === 3 || k === 4) ? flag() : num());
    if (args.some((a) => a === undefined)) throw new Error(`bad path near ${s.slice(i, i + 20)}`);
    const U = cmd.toUpperCase();
    cmds.push([cmd, args.map((a, k) => (U === 'A' && (k === 2 || k === 3 || k === 4) ? a : a * K))]);
    if (cmd === 'M') cmd = 'L';
    if (cmd === 'm') cmd = 'l';
  }
  return cmds;
}

// GRID: the output viewBox is 0 0 GRID GRID and coordinates are whole numbers on it
// (default 24 with one decimal, i.e. STEP 0.1).
const GRID = Number(process.env.GRID ?? 24);
const STEP = Number(process.env.STEP ?? (GRID === 24 ? 0.1 : 1));
const K = GRID / 24;
const r = (v) => Math.round(v / STEP) * STEP;
const fmt = (v) => {
  const n = Math.round(v / STEP) * STEP;
  let t = String(n === 0 ? 0 : Number(n.toFixed(4)));
  t = t.replace(/^(-?)0\./, '$1.');
  return t;
};
function join(nums) {
  let out = '';
  for (const n of nums) {
    const t = fmt(n);
    if (out && !t.startsWith('-') && !(t.startsWith('.') && /\.\d*$/.test(out.split(/[^\d.]/).pop() ?? ''))) out += ' ';
    else if (out && t.startsWith('.') && !/\.\d*$/.test(out.split(/[^\d.-]/).pop() ?? '')) out += ' ';
    out += t;
  }
  return out.replace(/ (?=-)/g, '');
}

/** Absolute, rounded, then relative output. */
export function optimize(d) {
  let x = 0, y = 0, sx = 0, sy = 0; // exact current point
  let rx0 = 0, ry0 = 0, rsx = 0, rsy = 0; // rounded current point (what the output has drawn)
  let out = '';
  let last = '';
  const emit = (c, nums) => {
    const body = join(nums);
    if (c === last && c !== 'm') out += (body.startsWith('-') ? '' : ' ') + body;
    else out += c + body;
    last = c === 'm' ? 'l' : c;
  };
  for (const [cmd, a] of parse(d)) {
    const rel = cmd === cmd.toLowerCase();
    const C = cmd.toUpperCase();
    const abs = (px, py) => (rel ? [x + px, y + py] : [px, py]);
    if (C === 'Z') {
      out += 'z';
      last = 'z';
      x = sx; y = sy; rx0 = rsx; ry0 = rsy;
      continue;
    }
    if (C === 'H' || C === 'V') {
      const v = rel ? (C === 'H' ? x : y) + a[0] : a[0];
      if (C === 'H') { const nx = r(v); emit('h', [nx - rx0]); x = v; rx0 = nx; }
      else { const ny = r(v); emit('v', [ny - ry0]); y = v; ry0 = ny; }
      continue;
    }
    if (C === 'A') {
      const [ex, ey] = abs(a[5], a[6]);
      const nx = r(ex), ny = r(ey);
      emit('a', [a[0], a[1], a[2], a[3], a[4], nx - rx0, ny - ry0]);
      x = ex; y = ey; rx0 = nx; ry0 = ny;
      continue;
    }
    const pts = [];
    for (let k = 0; k < a.length; k += 2) pts.push(abs(a[k], a[k + 1]));
    const nums = pts.flatMap(([px, py]) => [r(px) - rx0, r(py) - ry0]);
    const [ex, ey] = pts[pts.length - 1];
    emit(C.toLowerCase(), nums);
    x = ex; y = ey; rx0 = r(ex); ry0 = r(ey);
    if (C === 'M') { sx = x; sy = y; rsx = rx0; rsy = ry0; }
  }
  // Floating-point noise from the subtraction of rounded values.
  return out.replace(/(\d)\.(\d)\d{5,}/g, (m) => String(Math.round(Number(m) * 10) / 10)).replace(/(\d*\.\d)9{4,}\d*/g, (m) => String(Math.round(Number(m) * 10) / 10));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [dir, ...slugs] = process.argv.slice(2);
  for (const slug of slugs) {
    const svg = readFileSync(`${dir}/${slug}.svg`, 'utf8');
    const d = /<path d="([^"]+)"/.exec(svg)[1];
    console.log(`${slug}\t${optimize(d)}`);
  }
}
