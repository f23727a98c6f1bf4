// Dev tool (not part of the bundle): builds the packed icon string of src/data/share-icons.ts.
//
//   node scripts/icon-pack.mjs <dir-with-simple-icons-svgs>   prints the packed string and,
//                                                               on stderr, each icon's size and
//                                                               largest deviation
//   node scripts/icon-pack.mjs --decode                         prints the icons of
//                                                               src/data/share-icons.ts as plain
//                                                               SVG path data
//
// The brand marks come from Simple Icons (CC0, 24-unit grid, read from the given directory);
// the project's own glyphs are below. Each mark is scaled to a 48-unit grid; every run of
// smoothly joined curves is refitted with cubic Béziers (Schneider's algorithm, "An Algorithm
// for Automatically Fitting Digitized Curves", Graphics Gems, 1990) at a series of fitting
// tolerances from TOL down; lines and arcs are kept; every number is rounded to a whole unit.
// Each fit, rounded, then has every cubic that a quadratic can replace replaced (fewer
// numbers). The largest distance between the result and the original outline is checked (MAX
// units; 1 unit is 0.38 px at the 18.4 px the icons are shown at), and of the results that hold
// it the one with the shortest packed text is kept; a run none holds keeps its original
// curves, rounded.
//
// Packing: absolute commands in lower case (the decoder upper-cases them), each number one
// character: '#' (code 35) is -3, up to '[' (91) for 53, so no quote, backquote or backslash
// can occur; no Z (the icons are only filled, and a fill closes every subpath itself); icons
// separated by spaces, in the order of NETWORKS, then the hashtags glyph.
import { readFileSync } from 'node:fs';

const ORDER = [
  'native',
  'x',
  'facebook',
  'linkedin',
  'whatsapp',
  'telegram',
  'bluesky',
  'mastodon',
  'reddit',
  'email',
  'copy',
  'hashtags',
];
const BRANDS = new Set(['x', 'facebook', 'whatsapp', 'telegram', 'bluesky', 'mastodon', 'reddit']);
/** This project's own glyphs (48 grid). */
const OWN = {
  native:
    'm36 4a6 6 0 1 0 0 12 6 6 0 0 0 0-12zm-24 14a6 6 0 1 0 0 12 6 6 0 0 0 0-12zm24 14a6 6 0 1 0 0 12 6 6 0 0 0 0-12zm-18-9 14-8-2-4-14 8zm-2 6 14 8 2-4-14-8z',
  linkedin:
    'm6 2h36a4 4 0 0 1 4 4v36a4 4 0 0 1-4 4h-36a4 4 0 0 1-4-4v-36a4 4 0 0 1 4-4zm8 8a3 3 0 1 0 0 6 3 3 0 0 0 0-6zm-3 9v19h6v-19zm10 0v19h6v-10c0-3 1-5 4-5s3 2 3 5v10h6v-11c0-6-3-8-7-8-3 0-5 1-6 3v-3z',
  email: 'm4 8h40v32h-40zm4 5v23h32v-23l-16 11zm1-1h30l-15 10z',
  copy: 'm12 14h8a10 10 0 0 1 0 20h-8a10 10 0 0 1 0-20zm0 4a6 6 0 0 0 0 12h8a6 6 0 0 0 0-12zm16-4h8a10 10 0 0 1 0 20h-8a10 10 0 0 1 0-20zm0 4a6 6 0 0 0 0 12h8a6 6 0 0 0 0-12z',
  hashtags: 'm6 16h36v4h-36zm0 12h36v4h-36zm10-22h4v36h-4zm12 0h4v36h-4z',
};
const TOL = Number(process.env.TOL ?? 1);
const MAX = Number(process.env.MAX ?? 0.6);
const OFF = 38;

// ---- parsing to absolute segments: {t:'M'|'L'|'C'|'Q'|'A'|'Z', p0, p1, p2 | q | r, rot, la, sw, p3} ----
const ARGS = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };
function parse(d, k) {
  const segs = [];
  let i = 0,
    cmd = '',
    x = 0,
    y = 0,
    sx = 0,
    sy = 0,
    prev = null;
  const num = () => {
    const m = /^[\s,]*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/i.exec(d.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[1]);
  };
  const flag = () => {
    const m = /^[\s,]*([01])/.exec(d.slice(i));
    i += m[0].length;
    return Number(m[1]);
  };
  while (i < d.length) {
    const c = /^[\s,]*([a-z])/i.exec(d.slice(i));
    if (c) {
      i += c[0].length;
      cmd = c[1];
    } else if (/^[\s,]*$/.test(d.slice(i))) break;
    const U = cmd.toUpperCase(),
      rel = cmd !== U;
    if (U === 'Z') {
      segs.push({ t: 'Z', p0: [x, y], p3: [sx, sy] });
      x = sx;
      y = sy;
      prev = null;
      continue;
    }
    const a = [];
    for (let n = 0; n < ARGS[U]; n++) a.push(U === 'A' && (n === 3 || n === 4) ? flag() : num());
    const P = (px, py) => [(rel ? x : 0) + px * k, (rel ? y : 0) + py * k];
    const p0 = [x, y];
    let s;
    if (U === 'M') {
      [x, y] = P(a[0], a[1]);
      sx = x;
      sy = y;
      segs.push({ t: 'M', p3: [x, y] });
      cmd = rel ? 'l' : 'L';
      prev = null;
      continue;
    }
    if (U === 'L') s = { t: 'L', p0, p3: P(a[0], a[1]) };
    else if (U === 'H') s = { t: 'L', p0, p3: [(rel ? x : 0) + a[0] * k, y] };
    else if (U === 'V') s = { t: 'L', p0, p3: [x, (rel ? y : 0) + a[0] * k] };
    else if (U === 'C') s = { t: 'C', p0, p1: P(a[0], a[1]), p2: P(a[2], a[3]), p3: P(a[4], a[5]) };
    else if (U === 'S')
      s = {
        t: 'C',
        p0,
        p1: prev?.t === 'C' ? [2 * x - prev.p2[0], 2 * y - prev.p2[1]] : p0,
        p2: P(a[0], a[1]),
        p3: P(a[2], a[3]),
      };
    else if (U === 'Q') s = { t: 'Q', p0, q: P(a[0], a[1]), p3: P(a[2], a[3]) };
    else if (U === 'T')
      s = { t: 'Q', p0, q: prev?.t === 'Q' ? [2 * x - prev.q[0], 2 * y - prev.q[1]] : p0, p3: P(a[0], a[1]) };
    else if (U === 'A') s = { t: 'A', p0, r: [a[0] * k, a[1] * k], rot: a[2], la: a[3], sw: a[4], p3: P(a[5], a[6]) };
    else throw new Error(`unsupported command ${cmd}`);
    segs.push(s);
    [x, y] = s.p3;
    prev = s;
  }
  return segs;
}

// ---- geometry ----
const add = (a, b) => [a[0] + b[0], a[1] + b[1]];
const sub = (a, b) => [a[0] - b[0], a[1] - b[1]];
const mul = (a, s) => [a[0] * s, a[1] * s];
const dot = (a, b) => a[0] * b[0] + a[1] * b[1];
const len = (a) => Math.hypot(a[0], a[1]);
const norm = (a) => {
  const l = len(a);
  return l ? mul(a, 1 / l) : a;
};
const lerp = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
const bez = (b, t) => {
  const u = 1 - t;
  return add(add(mul(b[0], u * u * u), mul(b[1], 3 * u * u * t)), add(mul(b[2], 3 * u * t * t), mul(b[3], t * t * t)));
};
const bez1 = (b, t) => {
  const u = 1 - t;
  return add(add(mul(sub(b[1], b[0]), 3 * u * u), mul(sub(b[2], b[1]), 6 * u * t)), mul(sub(b[3], b[2]), 3 * t * t));
};
const bez2 = (b, t) =>
  add(mul(add(sub(b[2], mul(b[1], 2)), b[0]), 6 * (1 - t)), mul(add(sub(b[3], mul(b[2], 2)), b[1]), 6 * t));
const same = (a, b) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

/** Points along an arc (SVG endpoint parameterisation, F.6.5), radii scaled up if too small. */
function arcPoints(s, n) {
  const [x1, y1] = s.p0,
    [x2, y2] = s.p3;
  let [rx, ry] = s.r.map(Math.abs);
  if (!rx || !ry || same(s.p0, s.p3)) return [s.p0, s.p3];
  const phi = (s.rot * Math.PI) / 180,
    cos = Math.cos(phi),
    sin = Math.sin(phi);
  const dx = (x1 - x2) / 2,
    dy = (y1 - y2) / 2;
  const xp = cos * dx + sin * dy,
    yp = -sin * dx + cos * dy;
  const lam = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry);
  if (lam > 1) {
    rx *= Math.sqrt(lam);
    ry *= Math.sqrt(lam);
  }
  let f = Math.sqrt(
    Math.max(0, (rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp) / (rx * rx * yp * yp + ry * ry * xp * xp)),
  );
  if (s.la === s.sw) f = -f;
  const cxp = (f * rx * yp) / ry,
    cyp = (-f * ry * xp) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2,
    cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const ang = (ux, uy, vx, vy) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const t1 = ang(1, 0, (xp - cxp) / rx, (yp - cyp) / ry);
  let dt = ang((xp - cxp) / rx, (yp - cyp) / ry, (-xp - cxp) / rx, (-yp - cyp) / ry);
  if (!s.sw && dt > 0) dt -= 2 * Math.PI;
  if (s.sw && dt < 0) dt += 2 * Math.PI;
  const pts = [];
  for (let i = 0; i <= n; i++) {
    const t = t1 + (dt * i) / n;
    pts.push([
      cos * rx * Math.cos(t) - sin * ry * Math.sin(t) + cx,
      sin * rx * Math.cos(t) + cos * ry * Math.sin(t) + cy,
    ]);
  }
  return pts;
}

/** The outline as dense points (for measuring distances). */
function samples(segs, n = 40) {
  const pts = [];
  for (const s of segs) {
    if (s.t === 'M') continue;
    if (s.t === 'L' || s.t === 'Z') for (let i = 0; i <= n; i++) pts.push(lerp(s.p0, s.p3, i / n));
    else if (s.t === 'C') for (let i = 0; i <= n; i++) pts.push(bez([s.p0, s.p1, s.p2, s.p3], i / n));
    else if (s.t === 'Q')
      for (let i = 0; i <= n; i++) pts.push(bez([s.p0, lerp(s.p0, s.q, 2 / 3), lerp(s.p3, s.q, 2 / 3), s.p3], i / n));
    else pts.push(...arcPoints(s, n));
  }
  return pts;
}
/** The largest distance from a point of `a` to the polyline through the points of `b` (both dense). */
function deviation(a, b) {
  let worst = 0;
  for (const p of a) {
    let best = Infinity;
    for (let i = 1; i < b.length; i++) {
      const q = b[i - 1],
        d = sub(b[i], q),
        l2 = dot(d, d);
      const t = l2 ? Math.max(0, Math.min(1, dot(sub(p, q), d) / l2)) : 0;
      best = Math.min(best, len(sub(p, add(q, mul(d, t)))));
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

// ---- Schneider curve fitting ----
function fit(pts, tan1, tan2, tol) {
  if (pts.length === 2) {
    const d = len(sub(pts[1], pts[0])) / 3;
    return [[pts[0], add(pts[0], mul(tan1, d)), add(pts[1], mul(tan2, d)), pts[1]]];
  }
  let u = [0];
  for (let i = 1; i < pts.length; i++) u.push(u[i - 1] + len(sub(pts[i], pts[i - 1])));
  u = u.map((v) => v / u[u.length - 1]);
  let b = generate(pts, u, tan1, tan2);
  let [err, split] = maxError(pts, b, u);
  if (err < tol) return [b];
  if (err < tol * 4) {
    for (let k = 0; k < 20; k++) {
      u = u.map((t, i) => newton(b, pts[i], t));
      b = generate(pts, u, tan1, tan2);
      [err, split] = maxError(pts, b, u);
      if (err < tol) return [b];
    }
  }
  const center = norm(sub(pts[split - 1], pts[split + 1]));
  return [...fit(pts.slice(0, split + 1), tan1, center, tol), ...fit(pts.slice(split), mul(center, -1), tan2, tol)];
}
function generate(pts, u, tan1, tan2) {
  const first = pts[0],
    last = pts[pts.length - 1];
  let c00 = 0,
    c01 = 0,
    c11 = 0,
    x0 = 0,
    x1 = 0;
  u.forEach((t, i) => {
    const s = 1 - t,
      b0 = s * s * s,
      b1 = 3 * s * s * t,
      b2 = 3 * s * t * t,
      b3 = t * t * t;
    const a1 = mul(tan1, b1),
      a2 = mul(tan2, b2);
    c00 += dot(a1, a1);
    c01 += dot(a1, a2);
    c11 += dot(a2, a2);
    const tmp = sub(pts[i], add(mul(first, b0 + b1), mul(last, b2 + b3)));
    x0 += dot(a1, tmp);
    x1 += dot(a2, tmp);
  });
  const det = c00 * c11 - c01 * c01;
  let al = det ? (x0 * c11 - x1 * c01) / det : 0,
    ar = det ? (c00 * x1 - c01 * x0) / det : 0;
  const seg = len(sub(last, first)),
    eps = 1e-6 * seg;
  if (al < eps || ar < eps) al = ar = seg / 3;
  return [first, add(first, mul(tan1, al)), add(last, mul(tan2, ar)), last];
}
function maxError(pts, b, u) {
  let max = 0,
    split = Math.floor(pts.length / 2);
  for (let i = 1; i < pts.length - 1; i++) {
    const d = len(sub(bez(b, u[i]), pts[i]));
    if (d >= max) {
      max = d;
      split = i;
    }
  }
  return [max, split];
}
function newton(b, p, t) {
  const d = sub(bez(b, t), p),
    d1 = bez1(b, t),
    d2 = bez2(b, t);
  const den = dot(d1, d1) + dot(d, d2);
  return den ? Math.min(1, Math.max(0, t - dot(d, d1) / den)) : t;
}

// ---- the optimiser ----
const R = (p) => [Math.round(p[0]), Math.round(p[1])];
const angle = (a, b) => Math.acos(Math.max(-1, Math.min(1, dot(norm(a), norm(b)))));
const startTan = (s) => norm(sub(same(s.p1, s.p0) ? (same(s.p2, s.p0) ? s.p3 : s.p2) : s.p1, s.p0));
const endTan = (s) => norm(sub(same(s.p2, s.p3) ? (same(s.p1, s.p3) ? s.p0 : s.p1) : s.p2, s.p3));

function roundSeg(s) {
  const o = { ...s, p0: s.p0 && R(s.p0), p3: R(s.p3) };
  if (s.t === 'C') {
    o.p1 = R(s.p1);
    o.p2 = R(s.p2);
  }
  if (s.t === 'A') o.r = s.r.map((v) => Math.max(1, Math.round(v)));
  return o;
}

/**
 * Each cubic of a run that a quadratic (2 or 4 numbers instead of 4 or 6) can replace with the
 * run still within MAX of `orig`: the control point that continues the previous quadratic
 * smoothly (T) if it holds, else the best single control point, rounded.
 */
function quadratics(curves, orig) {
  let best = curves;
  for (let k = 0; k < best.length; k++) {
    const c = best[k];
    if (c.t !== 'C') continue;
    const prevQ = best[k - 1]?.t === 'Q' ? best[k - 1].q : null;
    const options = [
      R([(3 * (c.p1[0] + c.p2[0]) - c.p0[0] - c.p3[0]) / 4, (3 * (c.p1[1] + c.p2[1]) - c.p0[1] - c.p3[1]) / 4]),
    ];
    if (prevQ) options.unshift([2 * c.p0[0] - prevQ[0], 2 * c.p0[1] - prevQ[1]]);
    for (const q of options) {
      if (!q.every((v) => v >= -3 && v <= 53)) continue;
      const trial = best.with(k, { t: 'Q', p0: c.p0, q, p3: c.p3 });
      const got = samples(trial, 60);
      if (Math.max(deviation(got, orig), deviation(orig, got)) <= MAX) {
        best = trial;
        break;
      }
    }
  }
  return best;
}

/** The packed length of a run of curves. */
const cost = (curves) => pack([{ t: 'M', p3: curves[0].p0 }, ...curves]).length;

function optimize(segs, brand) {
  const out = [];
  let i = 0;
  while (i < segs.length) {
    const s = segs[i];
    if (s.t === 'A') {
      // an arc so flat that a line is within half a unit of it
      const c = len(sub(s.p3, s.p0)) / 2,
        r = Math.min(...s.r.map(Math.abs));
      if (!s.la && r >= c && r - Math.sqrt(r * r - c * c) <= 0.5) {
        out.push(roundSeg({ t: 'L', p0: s.p0, p3: s.p3 }));
        i++;
        continue;
      }
    }
    if (!brand || s.t !== 'C') {
      out.push(roundSeg(s));
      i++;
      continue;
    }
    // a run of smoothly joined curves
    let j = i + 1;
    while (
      j < segs.length &&
      segs[j].t === 'C' &&
      angle(mul(endTan(segs[j - 1]), -1), startTan(segs[j])) < (15 * Math.PI) / 180
    )
      j++;
    const run = segs.slice(i, j);
    const orig = samples(run, 60);
    let best = quadratics(run.map(roundSeg), orig);
    for (let tol = TOL; tol > 0.05; tol /= 1.6) {
      const pts = [];
      run.forEach((c, k) => {
        for (let n = k ? 1 : 0; n <= 24; n++) pts.push(bez([c.p0, c.p1, c.p2, c.p3], n / 24));
      });
      const curves = fit(pts, startTan(run[0]), endTan(run[run.length - 1]), tol).map((b) =>
        roundSeg({ t: 'C', p0: b[0], p1: b[1], p2: b[2], p3: b[3] }),
      );
      const got = samples(curves, 60);
      const inRange = curves.every((c) => [c.p1, c.p2].flat().every((v) => v >= -3 && v <= 53));
      if (inRange && Math.max(deviation(got, orig), deviation(orig, got)) <= MAX) {
        const fewer = quadratics(curves, orig);
        if (cost(fewer) < cost(best)) best = fewer;
      }
    }
    out.push(...best);
    i = j;
  }
  // drop what draws nothing, turn straight curves into lines, merge collinear lines
  const clean = [];
  for (const s of out) {
    if (s.t !== 'M' && s.t !== 'Z' && same(s.p0, s.p3) && (s.t !== 'C' || (same(s.p1, s.p0) && same(s.p2, s.p0))))
      continue;
    if (s.t === 'C' && onChord(s.p1, s) && onChord(s.p2, s)) {
      clean.push({ t: 'L', p0: s.p0, p3: s.p3 });
      continue;
    }
    const p = clean[clean.length - 1];
    if (s.t === 'L' && p?.t === 'L') {
      const d1 = sub(p.p3, p.p0),
        d2 = sub(s.p3, s.p0);
      if (d1[0] * d2[1] - d1[1] * d2[0] === 0 && dot(d1, d2) > 0) {
        p.p3 = s.p3;
        continue;
      }
    }
    clean.push(s);
  }
  // a line back to the start just before Z is drawn by Z
  return clean.filter((s, k) => !(s.t === 'L' && clean[k + 1]?.t === 'Z' && same(s.p3, clean[k + 1].p3)));
}
function onChord(p, s) {
  const d = sub(s.p3, s.p0),
    l2 = dot(d, d);
  if (!l2) return false;
  const t = dot(sub(p, s.p0), d) / l2;
  return t >= 0 && t <= 1 && Math.abs(d[0] * (p[1] - s.p0[1]) - d[1] * (p[0] - s.p0[0])) / Math.sqrt(l2) <= 0.5;
}

function pack(segs) {
  const n = (v) => {
    if (!Number.isInteger(v) || v + OFF < 35 || v + OFF > 91)
      throw new Error(`cannot pack ${v} in ${JSON.stringify(segs.find((s) => JSON.stringify(s).includes(String(v))))}`);
    return String.fromCharCode(OFF + v);
  };
  let o = '',
    last = '',
    prevC = null,
    prevQ = null;
  for (const [k, s] of segs.entries()) {
    let cmd, a;
    if (s.t === 'M') {
      cmd = 'm';
      a = s.p3;
    }
    // Only filled, never stroked: a fill closes every subpath itself, so a Z (when a move or
    // the end follows) would draw nothing more.
    else if (s.t === 'Z' && (!segs[k + 1] || segs[k + 1].t === 'M')) continue;
    else if (s.t === 'Z') {
      cmd = 'z';
      a = [];
    } else if (s.t === 'L') {
      if (s.p0[1] === s.p3[1]) {
        cmd = 'h';
        a = [s.p3[0]];
      } else if (s.p0[0] === s.p3[0]) {
        cmd = 'v';
        a = [s.p3[1]];
      } else {
        cmd = 'l';
        a = s.p3;
      }
    } else if (s.t === 'C') {
      const refl = prevC ? [2 * s.p0[0] - prevC[0], 2 * s.p0[1] - prevC[1]] : s.p0;
      if (same(s.p1, refl)) {
        cmd = 's';
        a = [...s.p2, ...s.p3];
      } else {
        cmd = 'c';
        a = [...s.p1, ...s.p2, ...s.p3];
      }
    } else if (s.t === 'Q') {
      const refl = prevQ ? [2 * s.p0[0] - prevQ[0], 2 * s.p0[1] - prevQ[1]] : s.p0;
      if (same(s.q, refl)) {
        cmd = 't';
        a = s.p3;
      } else {
        cmd = 'q';
        a = [...s.q, ...s.p3];
      }
    } else {
      cmd = 'a';
      a = [...s.r, s.rot, s.la, s.sw, ...s.p3];
    }
    if (cmd === 'z' || !(cmd === last || (last === 'm' && cmd === 'l'))) o += cmd;
    o += a.map(n).join('');
    last = cmd;
    prevC = s.t === 'C' ? s.p2 : null;
    prevQ = s.t === 'Q' ? s.q : null;
  }
  return o;
}
const unpack = (p) => p.replace(/[^a-z]/g, (c) => c.charCodeAt(0) - OFF + ' ').toUpperCase();
/** The subpaths closed as a fill closes them (a Z before every move and at the end). */
const closed = (d) => d.replace(/(?<=.)(?=M)|$/g, 'Z');

if (process.argv[2] === '--decode') {
  const src = readFileSync(new URL('../src/data/share-icons.ts', import.meta.url), 'utf8');
  const packed = /const PACKED = "([^"]*)"/.exec(src)[1].split(' ');
  packed.forEach((p, i) => console.log(`${ORDER[i]}\t${unpack(p)}`));
} else if (process.argv[2]) {
  const dir = process.argv[2];
  const packed = ORDER.map((name) => {
    const brand = BRANDS.has(name);
    const d = brand ? /<path d="([^"]+)"/.exec(readFileSync(`${dir}/${name}.svg`, 'utf8'))[1] : OWN[name];
    const segs = parse(d, brand ? 2 : 1);
    const opt = optimize(segs, brand);
    const p = pack(opt);
    const a = samples(segs, 30),
      b = samples(parse(closed(unpack(p)), 1), 30);
    console.error(
      `${name.padEnd(9)} ${String(p.length).padStart(4)} chars, largest deviation ${Math.max(deviation(a, b), deviation(b, a)).toFixed(2)} units`,
    );
    return p;
  });
  console.log(packed.join(' '));
} else {
  console.error('usage: node scripts/icon-pack.mjs <simple-icons-icons-dir> | --decode');
  process.exit(1);
}
