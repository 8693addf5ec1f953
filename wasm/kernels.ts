/**
 * Layerwise's WebAssembly SIMD kernels (AssemblyScript, compiled by scripts/build-wasm.mjs with
 * `--enable simd`). They are the fast path behind src/engine/kernels/wasm-kernels.ts; the TypeScript kernels
 * in src/engine/ops and src/engine/optim are the reference they are tested against.
 *
 * Every argument that names an array is a byte address in this module's memory, which the engine grows once
 * per model and carves into all of the model's buffers. Layouts are those of src/engine/ops/dense.ts:
 * row-major X [rows, inner], W [inner, cols], Y [rows, cols]; a bias address of 0 means "no bias".
 *
 * Determinism: only IEEE-exact operations (f32 add, mul, div, sqrt; no relaxed SIMD, no fused multiply-add),
 * and every result element is summed in one fixed order that depends on the shapes alone. In the forward and
 * weight-gradient products each element's sum runs over the shared dimension in increasing order, starting
 * from the bias (or zero), in the SIMD tiles and the scalar edges alike, so the tiling does not change a bit.
 */

// ---------------------------------------------------------------------------------------------------------
// Y = X·W + b, optionally with ReLU fused: pre gets X·W + b, out gets max(pre, 0) (out = pre: no activation).

function relu4(v: v128): v128 {
  // z > 0 ? z : 0, lane by lane (as the TypeScript kernel: NaN and -0 become 0).
  return v128.and(v, f32x4.gt(v, f32x4.splat(0)));
}

function store2(pre: usize, out: usize, fuse: bool, a: v128, b: v128): void {
  v128.store(pre, a);
  v128.store(pre, b, 16);
  if (fuse) {
    v128.store(out, relu4(a));
    v128.store(out, relu4(b), 16);
  }
}

function store1(pre: usize, out: usize, fuse: bool, a: v128): void {
  v128.store(pre, a);
  if (fuse) v128.store(out, relu4(a));
}

/**
 * Y = X·W + b, ReLU fused when `out` differs from `pre`. With a `panel` (room for inner × 8 floats; 0 for
 * none) and at least 8 rows, each 8-column panel of W is first copied into it contiguously and then used by
 * every 4-row block of X from cache. Read in place, W's columns lie a row of W apart (8 KB for the wide
 * layer's 2048 columns, a stride that maps every access to the same few cache sets), so all of W streamed
 * from memory once per 4 rows of X. Each output still adds its products in the order of k, so the numbers
 * are the same bits either way.
 */
export function denseForward(
  x: usize,
  rows: i32,
  inner: i32,
  w: usize,
  b: usize,
  cols: i32,
  pre: usize,
  out: usize,
  relu: bool,
  panel: usize,
): void {
  const fuse = relu && out != pre;
  if (panel == 0 || rows < 8) {
    forwardFrom(x, rows, inner, w, b, cols, pre, out, fuse, 0);
    return;
  }
  const rowBytes = (<usize>inner) << 2;
  const colBytes = (<usize>cols) << 2;
  const kEnd = (<usize>inner) << 2;
  const rows4 = rows & ~3;
  const cols8 = cols & ~7;
  const zero = f32x4.splat(0);
  for (let j = 0; j < cols8; j += 8) {
    const jb = (<usize>j) << 2;
    let src = w + jb;
    for (let dst = panel, pEnd = panel + (kEnd << 3); dst < pEnd; dst += 32, src += colBytes) {
      v128.store(dst, v128.load(src));
      v128.store(dst, v128.load(src, 16), 16);
    }
    let b0 = zero;
    let b1 = zero;
    if (b) {
      b0 = v128.load(b + jb);
      b1 = v128.load(b + jb, 16);
    }
    let i = 0;
    for (; i < rows4; i += 4) {
      const yo = <usize>i * colBytes + jb;
      Tile.rows4(x + <usize>i * rowBytes, rowBytes, kEnd, panel, 32, b0, b1, pre + yo, out + yo, colBytes, fuse);
    }
    // The last rows % 4 rows against the same panel.
    for (; i < rows; i++) {
      const yo = <usize>i * colBytes + jb;
      Tile.row1(x + <usize>i * rowBytes, kEnd, panel, 32, b0, b1, pre + yo, out + yo, fuse);
    }
  }
  // The last cols % 8 columns, read in place.
  if (cols8 < cols) forwardFrom(x, rows, inner, w, b, cols, pre, out, fuse, cols8);
}

/**
 * The forward product's register tiles, which the packed panel and W read in place share (only the W
 * pointer and its stride differ). Static methods of a class because `@inline` on a plain function is not
 * TypeScript syntax (prettier and ESLint could not read the file); AssemblyScript inlines them all the same.
 */
class Tile {
  /**
   * A 4×8 tile of Y: rows x0, x0 + rowBytes, … (kEnd bytes each) of X times the 8 columns of W at wp, whose
   * rows lie `stride` bytes apart (32 in a packed panel, cols·4 in place). Each sum starts from the bias
   * vectors b0, b1 and adds its products in the order of k. Writes the tile's four rows to y (pre) and o
   * (out), `colBytes` apart.
   */
  @inline static rows4(
    x0: usize,
    rowBytes: usize,
    kEnd: usize,
    wp: usize,
    stride: usize,
    b0: v128,
    b1: v128,
    y: usize,
    o: usize,
    colBytes: usize,
    fuse: bool,
  ): void {
    const x1 = x0 + rowBytes;
    const x2 = x1 + rowBytes;
    const x3 = x2 + rowBytes;
    let c00 = b0,
      c01 = b1,
      c10 = b0,
      c11 = b1,
      c20 = b0,
      c21 = b1,
      c30 = b0,
      c31 = b1;
    for (let k: usize = 0; k < kEnd; k += 4, wp += stride) {
      const w0 = v128.load(wp);
      const w1 = v128.load(wp, 16);
      let a = v128.load32_splat(x0 + k);
      c00 = f32x4.add(c00, f32x4.mul(a, w0));
      c01 = f32x4.add(c01, f32x4.mul(a, w1));
      a = v128.load32_splat(x1 + k);
      c10 = f32x4.add(c10, f32x4.mul(a, w0));
      c11 = f32x4.add(c11, f32x4.mul(a, w1));
      a = v128.load32_splat(x2 + k);
      c20 = f32x4.add(c20, f32x4.mul(a, w0));
      c21 = f32x4.add(c21, f32x4.mul(a, w1));
      a = v128.load32_splat(x3 + k);
      c30 = f32x4.add(c30, f32x4.mul(a, w0));
      c31 = f32x4.add(c31, f32x4.mul(a, w1));
    }
    store2(y, o, fuse, c00, c01);
    store2(y + colBytes, o + colBytes, fuse, c10, c11);
    store2(y + 2 * colBytes, o + 2 * colBytes, fuse, c20, c21);
    store2(y + 3 * colBytes, o + 3 * colBytes, fuse, c30, c31);
  }

  /** rows4 for one row of X (the last rows % 4). */
  @inline static row1(
    xr: usize,
    kEnd: usize,
    wp: usize,
    stride: usize,
    b0: v128,
    b1: v128,
    y: usize,
    o: usize,
    fuse: bool,
  ): void {
    let c0 = b0;
    let c1 = b1;
    for (let k: usize = 0; k < kEnd; k += 4, wp += stride) {
      const a = v128.load32_splat(xr + k);
      c0 = f32x4.add(c0, f32x4.mul(a, v128.load(wp)));
      c1 = f32x4.add(c1, f32x4.mul(a, v128.load(wp, 16)));
    }
    store2(y, o, fuse, c0, c1);
  }
}

/** denseForward's direct form, for the columns from j0 on (0: all of them), reading W where it lies. */
function forwardFrom(
  x: usize,
  rows: i32,
  inner: i32,
  w: usize,
  b: usize,
  cols: i32,
  pre: usize,
  out: usize,
  fuse: bool,
  j0: i32,
): void {
  const rowBytes = (<usize>inner) << 2;
  const colBytes = (<usize>cols) << 2;
  const kEnd = (<usize>inner) << 2;
  const rows4 = rows & ~3;
  const cols8 = cols & ~7;
  const cols4 = cols & ~3;
  const zero = f32x4.splat(0);
  let i = 0;
  for (; i < rows4; i += 4) {
    const x0 = x + <usize>i * rowBytes;
    const x1 = x0 + rowBytes;
    const x2 = x1 + rowBytes;
    const x3 = x2 + rowBytes;
    let j = j0;
    for (; j < cols8; j += 8) {
      const jb = (<usize>j) << 2;
      let b0 = zero;
      let b1 = zero;
      if (b) {
        b0 = v128.load(b + jb);
        b1 = v128.load(b + jb, 16);
      }
      const yo = <usize>i * colBytes + jb;
      Tile.rows4(x0, rowBytes, kEnd, w + jb, colBytes, b0, b1, pre + yo, out + yo, colBytes, fuse);
    }
    for (; j < cols4; j += 4) {
      const jb = (<usize>j) << 2;
      const b0 = b ? v128.load(b + jb) : zero;
      let c0 = b0,
        c1 = b0,
        c2 = b0,
        c3 = b0;
      let wp = w + jb;
      for (let k: usize = 0; k < kEnd; k += 4, wp += colBytes) {
        const w0 = v128.load(wp);
        c0 = f32x4.add(c0, f32x4.mul(v128.load32_splat(x0 + k), w0));
        c1 = f32x4.add(c1, f32x4.mul(v128.load32_splat(x1 + k), w0));
        c2 = f32x4.add(c2, f32x4.mul(v128.load32_splat(x2 + k), w0));
        c3 = f32x4.add(c3, f32x4.mul(v128.load32_splat(x3 + k), w0));
      }
      const yo = <usize>i * colBytes + jb;
      store1(pre + yo, out + yo, fuse, c0);
      store1(pre + yo + colBytes, out + yo + colBytes, fuse, c1);
      store1(pre + yo + 2 * colBytes, out + yo + 2 * colBytes, fuse, c2);
      store1(pre + yo + 3 * colBytes, out + yo + 3 * colBytes, fuse, c3);
    }
    if (j < cols) forwardScalar(x, i, i + 4, j, cols, inner, w, b, cols, pre, out, fuse);
  }
  // The last rows % 4 rows, one row at a time with 8- and 4-wide column tiles.
  for (; i < rows; i++) {
    const xr = x + <usize>i * rowBytes;
    let j = j0;
    for (; j < cols8; j += 8) {
      const jb = (<usize>j) << 2;
      let b0 = zero;
      let b1 = zero;
      if (b) {
        b0 = v128.load(b + jb);
        b1 = v128.load(b + jb, 16);
      }
      const yo = <usize>i * colBytes + jb;
      Tile.row1(xr, kEnd, w + jb, colBytes, b0, b1, pre + yo, out + yo, fuse);
    }
    for (; j < cols4; j += 4) {
      const jb = (<usize>j) << 2;
      let c0 = b ? v128.load(b + jb) : zero;
      let wp = w + jb;
      for (let k: usize = 0; k < kEnd; k += 4, wp += colBytes) {
        c0 = f32x4.add(c0, f32x4.mul(v128.load32_splat(xr + k), v128.load(wp)));
      }
      const yo = <usize>i * colBytes + jb;
      store1(pre + yo, out + yo, fuse, c0);
    }
    if (j < cols) forwardScalar(x, i, i + 1, j, cols, inner, w, b, cols, pre, out, fuse);
  }
}

function forwardScalar(
  x: usize,
  i0: i32,
  i1: i32,
  j0: i32,
  j1: i32,
  inner: i32,
  w: usize,
  b: usize,
  cols: i32,
  pre: usize,
  out: usize,
  fuse: bool,
): void {
  for (let i = i0; i < i1; i++) {
    const xr = x + ((<usize>i * <usize>inner) << 2);
    for (let j = j0; j < j1; j++) {
      let s: f32 = b ? load<f32>(b + ((<usize>j) << 2)) : 0;
      let wp = w + ((<usize>j) << 2);
      for (let k = 0; k < inner; k++, wp += (<usize>cols) << 2) s += load<f32>(xr + ((<usize>k) << 2)) * load<f32>(wp);
      const yo = (<usize>i * <usize>cols + <usize>j) << 2;
      store<f32>(pre + yo, s);
      if (fuse) store<f32>(out + yo, s > 0 ? s : 0);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// g[W] = Xᵀ·dY (overwriting) over `rows` rows, reduced in fixed row blocks: each element sums the rows of
// each block of `block` rows in increasing order from 0 (one f32 partial per block), and the partials are
// added in block order, g = p0 + p1 + p2 + … (the first assigned). A worker that computes some blocks'
// partials alone and a coordinator that adds them in block order therefore get these very bits, whatever
// the number of workers (src/engine/parallel). The tile's running total waits in g between blocks.

/** g = v for the first block, else g = g + v (f32 adds, lane by lane). */
function put4(g: usize, v: v128, first: bool): void {
  v128.store(g, first ? v : f32x4.add(v128.load(g), v));
}

function put1(g: usize, v: f32, first: bool): void {
  store<f32>(g, first ? v : load<f32>(g) + v);
}

export function denseWeightGrad(x: usize, dy: usize, rows: i32, inner: i32, cols: i32, g: usize, block: i32): void {
  const rowBytes = (<usize>inner) << 2;
  const colBytes = (<usize>cols) << 2;
  const inner4 = inner & ~3;
  const cols8 = cols & ~7;
  const cols4 = cols & ~3;
  const zero = f32x4.splat(0);
  let k = 0;
  for (; k < inner4; k += 4) {
    const xk = x + ((<usize>k) << 2);
    let j = 0;
    for (; j < cols8; j += 8) {
      const jb = (<usize>j) << 2;
      const go = g + <usize>k * colBytes + jb;
      for (let r0 = 0; r0 < rows; r0 += block) {
        const r1 = min(rows, r0 + block);
        let c00 = zero,
          c01 = zero,
          c10 = zero,
          c11 = zero,
          c20 = zero,
          c21 = zero,
          c30 = zero,
          c31 = zero;
        let xp = xk + <usize>r0 * rowBytes;
        let dp = dy + <usize>r0 * colBytes + jb;
        for (let i = r0; i < r1; i++, xp += rowBytes, dp += colBytes) {
          const d0 = v128.load(dp);
          const d1 = v128.load(dp, 16);
          let a = v128.load32_splat(xp);
          c00 = f32x4.add(c00, f32x4.mul(a, d0));
          c01 = f32x4.add(c01, f32x4.mul(a, d1));
          a = v128.load32_splat(xp, 4);
          c10 = f32x4.add(c10, f32x4.mul(a, d0));
          c11 = f32x4.add(c11, f32x4.mul(a, d1));
          a = v128.load32_splat(xp, 8);
          c20 = f32x4.add(c20, f32x4.mul(a, d0));
          c21 = f32x4.add(c21, f32x4.mul(a, d1));
          a = v128.load32_splat(xp, 12);
          c30 = f32x4.add(c30, f32x4.mul(a, d0));
          c31 = f32x4.add(c31, f32x4.mul(a, d1));
        }
        const first = r0 == 0;
        put4(go, c00, first);
        put4(go + 16, c01, first);
        put4(go + colBytes, c10, first);
        put4(go + colBytes + 16, c11, first);
        put4(go + 2 * colBytes, c20, first);
        put4(go + 2 * colBytes + 16, c21, first);
        put4(go + 3 * colBytes, c30, first);
        put4(go + 3 * colBytes + 16, c31, first);
      }
    }
    for (; j < cols4; j += 4) {
      const jb = (<usize>j) << 2;
      const go = g + <usize>k * colBytes + jb;
      for (let r0 = 0; r0 < rows; r0 += block) {
        const r1 = min(rows, r0 + block);
        let c0 = zero,
          c1 = zero,
          c2 = zero,
          c3 = zero;
        let xp = xk + <usize>r0 * rowBytes;
        let dp = dy + <usize>r0 * colBytes + jb;
        for (let i = r0; i < r1; i++, xp += rowBytes, dp += colBytes) {
          const d0 = v128.load(dp);
          c0 = f32x4.add(c0, f32x4.mul(v128.load32_splat(xp), d0));
          c1 = f32x4.add(c1, f32x4.mul(v128.load32_splat(xp, 4), d0));
          c2 = f32x4.add(c2, f32x4.mul(v128.load32_splat(xp, 8), d0));
          c3 = f32x4.add(c3, f32x4.mul(v128.load32_splat(xp, 12), d0));
        }
        const first = r0 == 0;
        put4(go, c0, first);
        put4(go + colBytes, c1, first);
        put4(go + 2 * colBytes, c2, first);
        put4(go + 3 * colBytes, c3, first);
      }
    }
    if (j < cols) weightGradScalar(x, dy, rows, k, k + 4, j, cols, inner, cols, g, block);
  }
  for (; k < inner; k++) {
    const xk = x + ((<usize>k) << 2);
    let j = 0;
    for (; j < cols8; j += 8) {
      const jb = (<usize>j) << 2;
      const go = g + <usize>k * colBytes + jb;
      for (let r0 = 0; r0 < rows; r0 += block) {
        const r1 = min(rows, r0 + block);
        let c0 = zero,
          c1 = zero;
        let xp = xk + <usize>r0 * rowBytes;
        let dp = dy + <usize>r0 * colBytes + jb;
        for (let i = r0; i < r1; i++, xp += rowBytes, dp += colBytes) {
          const a = v128.load32_splat(xp);
          c0 = f32x4.add(c0, f32x4.mul(a, v128.load(dp)));
          c1 = f32x4.add(c1, f32x4.mul(a, v128.load(dp, 16)));
        }
        const first = r0 == 0;
        put4(go, c0, first);
        put4(go + 16, c1, first);
      }
    }
    for (; j < cols4; j += 4) {
      const jb = (<usize>j) << 2;
      const go = g + <usize>k * colBytes + jb;
      for (let r0 = 0; r0 < rows; r0 += block) {
        const r1 = min(rows, r0 + block);
        let c0 = zero;
        let xp = xk + <usize>r0 * rowBytes;
        let dp = dy + <usize>r0 * colBytes + jb;
        for (let i = r0; i < r1; i++, xp += rowBytes, dp += colBytes) {
          c0 = f32x4.add(c0, f32x4.mul(v128.load32_splat(xp), v128.load(dp)));
        }
        put4(go, c0, r0 == 0);
      }
    }
    if (j < cols) weightGradScalar(x, dy, rows, k, k + 1, j, cols, inner, cols, g, block);
  }
}

function weightGradScalar(
  x: usize,
  dy: usize,
  rows: i32,
  k0: i32,
  k1: i32,
  j0: i32,
  j1: i32,
  inner: i32,
  cols: i32,
  g: usize,
  block: i32,
): void {
  for (let k = k0; k < k1; k++) {
    for (let j = j0; j < j1; j++) {
      const go = g + ((<usize>k * <usize>cols + <usize>j) << 2);
      for (let r0 = 0; r0 < rows; r0 += block) {
        const r1 = min(rows, r0 + block);
        let s: f32 = 0;
        for (let i = r0; i < r1; i++) {
          s +=
            load<f32>(x + ((<usize>i * <usize>inner + <usize>k) << 2)) *
            load<f32>(dy + ((<usize>i * <usize>cols + <usize>j) << 2));
        }
        put1(go, s, r0 == 0);
      }
    }
  }
}

/** g[b] = Σ_rows dY (overwriting), rows in increasing order within each block, blocks added in order. */
export function denseBiasGrad(dy: usize, rows: i32, cols: i32, gb: usize, block: i32): void {
  const colBytes = (<usize>cols) << 2;
  const cols4 = cols & ~3;
  let j = 0;
  for (; j < cols4; j += 4) {
    const go = gb + ((<usize>j) << 2);
    for (let r0 = 0; r0 < rows; r0 += block) {
      const r1 = min(rows, r0 + block);
      let c = f32x4.splat(0);
      let dp = dy + <usize>r0 * colBytes + ((<usize>j) << 2);
      for (let i = r0; i < r1; i++, dp += colBytes) c = f32x4.add(c, v128.load(dp));
      put4(go, c, r0 == 0);
    }
  }
  for (; j < cols; j++) {
    const go = gb + ((<usize>j) << 2);
    for (let r0 = 0; r0 < rows; r0 += block) {
      const r1 = min(rows, r0 + block);
      let s: f32 = 0;
      let dp = dy + <usize>r0 * colBytes + ((<usize>j) << 2);
      for (let i = r0; i < r1; i++, dp += colBytes) s += load<f32>(dp);
      put1(go, s, r0 == 0);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// dX = dY·Wᵀ (overwriting): dx[i, k] = Σ_j dy[i, j]·w[k, j]. Both factors run along j, so four lanes each
// sum every fourth j, then the lanes are added as (l0 + l1) + (l2 + l3), then the last cols % 4 terms in
// order. Every element, in a tile or at an edge, is summed exactly this way.

function lanes(v: v128): f32 {
  return f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

function tail(s: f32, d: usize, wr: usize, j0: i32, cols: i32): f32 {
  for (let j = j0; j < cols; j++) s += load<f32>(d + ((<usize>j) << 2)) * load<f32>(wr + ((<usize>j) << 2));
  return s;
}

export function denseInputGrad(dy: usize, rows: i32, cols: i32, w: usize, inner: i32, dx: usize): void {
  const colBytes = (<usize>cols) << 2;
  const rows2 = rows & ~1;
  const inner4 = inner & ~3;
  const cols4 = cols & ~3;
  const c4b = (<usize>cols4) << 2;
  const zero = f32x4.splat(0);
  let i = 0;
  for (; i < rows2; i += 2) {
    const d0 = dy + <usize>i * colBytes;
    const d1 = d0 + colBytes;
    let k = 0;
    for (; k < inner4; k += 4) {
      const w0 = w + <usize>k * colBytes;
      const w1 = w0 + colBytes;
      const w2 = w1 + colBytes;
      const w3 = w2 + colBytes;
      let c00 = zero,
        c01 = zero,
        c02 = zero,
        c03 = zero,
        c10 = zero,
        c11 = zero,
        c12 = zero,
        c13 = zero;
      for (let j: usize = 0; j < c4b; j += 16) {
        const a = v128.load(d0 + j);
        const b = v128.load(d1 + j);
        const v0 = v128.load(w0 + j);
        const v1 = v128.load(w1 + j);
        const v2 = v128.load(w2 + j);
        const v3 = v128.load(w3 + j);
        c00 = f32x4.add(c00, f32x4.mul(a, v0));
        c01 = f32x4.add(c01, f32x4.mul(a, v1));
        c02 = f32x4.add(c02, f32x4.mul(a, v2));
        c03 = f32x4.add(c03, f32x4.mul(a, v3));
        c10 = f32x4.add(c10, f32x4.mul(b, v0));
        c11 = f32x4.add(c11, f32x4.mul(b, v1));
        c12 = f32x4.add(c12, f32x4.mul(b, v2));
        c13 = f32x4.add(c13, f32x4.mul(b, v3));
      }
      const o0 = dx + ((<usize>i * <usize>inner + <usize>k) << 2);
      const o1 = o0 + ((<usize>inner) << 2);
      store<f32>(o0, tail(lanes(c00), d0, w0, cols4, cols));
      store<f32>(o0, tail(lanes(c01), d0, w1, cols4, cols), 4);
      store<f32>(o0, tail(lanes(c02), d0, w2, cols4, cols), 8);
      store<f32>(o0, tail(lanes(c03), d0, w3, cols4, cols), 12);
      store<f32>(o1, tail(lanes(c10), d1, w0, cols4, cols));
      store<f32>(o1, tail(lanes(c11), d1, w1, cols4, cols), 4);
      store<f32>(o1, tail(lanes(c12), d1, w2, cols4, cols), 8);
      store<f32>(o1, tail(lanes(c13), d1, w3, cols4, cols), 12);
    }
    for (; k < inner; k++) {
      store<f32>(dx + ((<usize>i * <usize>inner + <usize>k) << 2), dot(d0, w + <usize>k * colBytes, cols));
      store<f32>(dx + (((<usize>i + 1) * <usize>inner + <usize>k) << 2), dot(d1, w + <usize>k * colBytes, cols));
    }
  }
  for (; i < rows; i++) {
    const d0 = dy + <usize>i * colBytes;
    for (let k = 0; k < inner; k++) {
      store<f32>(dx + ((<usize>i * <usize>inner + <usize>k) << 2), dot(d0, w + <usize>k * colBytes, cols));
    }
  }
}

/** One dX element, summed in the same order as the tiles above. */
function dot(d: usize, wr: usize, cols: i32): f32 {
  const c4b = (<usize>(cols & ~3)) << 2;
  let c = f32x4.splat(0);
  for (let j: usize = 0; j < c4b; j += 16) c = f32x4.add(c, f32x4.mul(v128.load(d + j), v128.load(wr + j)));
  return tail(lanes(c), d, wr, cols & ~3, cols);
}

// ---------------------------------------------------------------------------------------------------------
// The first layer over a sparse input (src/engine/ops/sparse-input.ts lists the nonzeros). Each element sums
// its nonzeros in increasing k (forward) or increasing row (weight gradient), from the bias or from zero.

export function sparseForward(
  rowStart: usize,
  rowCol: usize,
  rowVal: usize,
  rows: i32,
  w: usize,
  b: usize,
  cols: i32,
  pre: usize,
  out: usize,
  relu: bool,
): void {
  const fuse = relu && out != pre;
  const colBytes = (<usize>cols) << 2;
  const cols16 = cols & ~15;
  const cols4 = cols & ~3;
  const zero = f32x4.splat(0);
  for (let i = 0; i < rows; i++) {
    const t0 = load<i32>(rowStart + ((<usize>i) << 2));
    const t1 = load<i32>(rowStart + ((<usize>(i + 1)) << 2));
    const yr = <usize>i * colBytes;
    let j = 0;
    for (; j < cols16; j += 16) {
      const jb = (<usize>j) << 2;
      let c0 = zero,
        c1 = zero,
        c2 = zero,
        c3 = zero;
      if (b) {
        c0 = v128.load(b + jb);
        c1 = v128.load(b + jb, 16);
        c2 = v128.load(b + jb, 32);
        c3 = v128.load(b + jb, 48);
      }
      for (let t = t0; t < t1; t++) {
        const a = v128.load32_splat(rowVal + ((<usize>t) << 2));
        const wp = w + <usize>load<i32>(rowCol + ((<usize>t) << 2)) * colBytes + jb;
        c0 = f32x4.add(c0, f32x4.mul(a, v128.load(wp)));
        c1 = f32x4.add(c1, f32x4.mul(a, v128.load(wp, 16)));
        c2 = f32x4.add(c2, f32x4.mul(a, v128.load(wp, 32)));
        c3 = f32x4.add(c3, f32x4.mul(a, v128.load(wp, 48)));
      }
      store2(pre + yr + jb, out + yr + jb, fuse, c0, c1);
      store2(pre + yr + jb + 32, out + yr + jb + 32, fuse, c2, c3);
    }
    for (; j < cols4; j += 4) {
      const jb = (<usize>j) << 2;
      let c0 = b ? v128.load(b + jb) : zero;
      for (let t = t0; t < t1; t++) {
        const a = v128.load32_splat(rowVal + ((<usize>t) << 2));
        c0 = f32x4.add(c0, f32x4.mul(a, v128.load(w + <usize>load<i32>(rowCol + ((<usize>t) << 2)) * colBytes + jb)));
      }
      store1(pre + yr + jb, out + yr + jb, fuse, c0);
    }
    for (; j < cols; j++) {
      const jb = (<usize>j) << 2;
      let s: f32 = b ? load<f32>(b + jb) : 0;
      for (let t = t0; t < t1; t++) {
        s +=
          load<f32>(rowVal + ((<usize>t) << 2)) *
          load<f32>(w + <usize>load<i32>(rowCol + ((<usize>t) << 2)) * colBytes + jb);
      }
      store<f32>(pre + yr + jb, s);
      if (fuse) store<f32>(out + yr + jb, s > 0 ? s : 0);
    }
  }
}

export function sparseWeightGrad(
  colStart: usize,
  colRow: usize,
  colVal: usize,
  inner: i32,
  dy: usize,
  cols: i32,
  g: usize,
  block: i32,
): void {
  // Blocks as in denseWeightGrad: a column's nonzeros are cut where their row enters the next block of
  // `block` rows. A block without nonzeros would add +0, which changes nothing, so it is skipped.
  const colBytes = (<usize>cols) << 2;
  const cols16 = cols & ~15;
  const cols4 = cols & ~3;
  const zero = f32x4.splat(0);
  for (let k = 0; k < inner; k++) {
    const t0 = load<i32>(colStart + ((<usize>k) << 2));
    const t1 = load<i32>(colStart + ((<usize>(k + 1)) << 2));
    const gr = g + <usize>k * colBytes;
    let j = 0;
    for (; j < cols16; j += 16) {
      const jb = (<usize>j) << 2;
      let first = true;
      for (let t = t0; t < t1;) {
        const end = (load<i32>(colRow + ((<usize>t) << 2)) / block + 1) * block;
        let c0 = zero,
          c1 = zero,
          c2 = zero,
          c3 = zero;
        for (; t < t1; t++) {
          const row = load<i32>(colRow + ((<usize>t) << 2));
          if (row >= end) break;
          const a = v128.load32_splat(colVal + ((<usize>t) << 2));
          const dp = dy + <usize>row * colBytes + jb;
          c0 = f32x4.add(c0, f32x4.mul(a, v128.load(dp)));
          c1 = f32x4.add(c1, f32x4.mul(a, v128.load(dp, 16)));
          c2 = f32x4.add(c2, f32x4.mul(a, v128.load(dp, 32)));
          c3 = f32x4.add(c3, f32x4.mul(a, v128.load(dp, 48)));
        }
        put4(gr + jb, c0, first);
        put4(gr + jb + 16, c1, first);
        put4(gr + jb + 32, c2, first);
        put4(gr + jb + 48, c3, first);
        first = false;
      }
      if (first) {
        v128.store(gr + jb, zero);
        v128.store(gr + jb, zero, 16);
        v128.store(gr + jb, zero, 32);
        v128.store(gr + jb, zero, 48);
      }
    }
    for (; j < cols4; j += 4) {
      const jb = (<usize>j) << 2;
      let first = true;
      for (let t = t0; t < t1;) {
        const end = (load<i32>(colRow + ((<usize>t) << 2)) / block + 1) * block;
        let c0 = zero;
        for (; t < t1; t++) {
          const row = load<i32>(colRow + ((<usize>t) << 2));
          if (row >= end) break;
          const a = v128.load32_splat(colVal + ((<usize>t) << 2));
          c0 = f32x4.add(c0, f32x4.mul(a, v128.load(dy + <usize>row * colBytes + jb)));
        }
        put4(gr + jb, c0, first);
        first = false;
      }
      if (first) v128.store(gr + jb, zero);
    }
    for (; j < cols; j++) {
      const jb = (<usize>j) << 2;
      let first = true;
      for (let t = t0; t < t1;) {
        const end = (load<i32>(colRow + ((<usize>t) << 2)) / block + 1) * block;
        let s: f32 = 0;
        for (; t < t1; t++) {
          const row = load<i32>(colRow + ((<usize>t) << 2));
          if (row >= end) break;
          s += load<f32>(colVal + ((<usize>t) << 2)) * load<f32>(dy + <usize>row * colBytes + jb);
        }
        put1(gr + jb, s, first);
        first = false;
      }
      if (first) store<f32>(gr + jb, 0);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// ReLU's derivative in place of the model's elementwise loop: dz = z > 0 ? da : 0.

export function reluBackward(z: usize, da: usize, dz: usize, n: i32): void {
  const n4 = (<usize>(n & ~3)) << 2;
  const zero = f32x4.splat(0);
  let o: usize = 0;
  for (; o < n4; o += 16) v128.store(dz + o, v128.and(v128.load(da + o), f32x4.gt(v128.load(z + o), zero)));
  for (let end = (<usize>n) << 2; o < end; o += 4) store<f32>(dz + o, load<f32>(z + o) > 0 ? load<f32>(da + o) : 0);
}

// ---------------------------------------------------------------------------------------------------------
// Optimizer updates, elementwise over n parameters (formulas in src/engine/optim/*.ts). Each lane does the
// same f32 operations as the scalar loop for the last n % 4 values.

export function sgdStep(p: usize, g: usize, n: i32, lr: f32): void {
  const n4 = (<usize>(n & ~3)) << 2;
  const vlr = f32x4.splat(lr);
  let o: usize = 0;
  for (; o < n4; o += 16) v128.store(p + o, f32x4.sub(v128.load(p + o), f32x4.mul(vlr, v128.load(g + o))));
  for (let end = (<usize>n) << 2; o < end; o += 4) store<f32>(p + o, load<f32>(p + o) - lr * load<f32>(g + o));
}

export function momentumStep(p: usize, g: usize, vel: usize, n: i32, lr: f32, momentum: f32): void {
  const n4 = (<usize>(n & ~3)) << 2;
  const vlr = f32x4.splat(lr);
  const vm = f32x4.splat(momentum);
  let o: usize = 0;
  for (; o < n4; o += 16) {
    const v = f32x4.sub(f32x4.mul(vm, v128.load(vel + o)), f32x4.mul(vlr, v128.load(g + o)));
    v128.store(vel + o, v);
    v128.store(p + o, f32x4.add(v128.load(p + o), v));
  }
  for (let end = (<usize>n) << 2; o < end; o += 4) {
    const v = momentum * load<f32>(vel + o) - lr * load<f32>(g + o);
    store<f32>(vel + o, v);
    store<f32>(p + o, load<f32>(p + o) + v);
  }
}

export function rmspropStep(p: usize, g: usize, ms: usize, n: i32, lr: f32, rho: f32, eps: f32): void {
  const n4 = (<usize>(n & ~3)) << 2;
  const vlr = f32x4.splat(lr);
  const vrho = f32x4.splat(rho);
  const vone = f32x4.splat(1 - rho);
  const veps = f32x4.splat(eps);
  let o: usize = 0;
  for (; o < n4; o += 16) {
    const gv = v128.load(g + o);
    const s = f32x4.add(f32x4.mul(vrho, v128.load(ms + o)), f32x4.mul(f32x4.mul(vone, gv), gv));
    v128.store(ms + o, s);
    v128.store(p + o, f32x4.sub(v128.load(p + o), f32x4.div(f32x4.mul(vlr, gv), f32x4.sqrt(f32x4.add(s, veps)))));
  }
  for (let end = (<usize>n) << 2; o < end; o += 4) {
    const gv = load<f32>(g + o);
    const s = rho * load<f32>(ms + o) + (1 - rho) * gv * gv;
    store<f32>(ms + o, s);
    store<f32>(p + o, load<f32>(p + o) - (lr * gv) / sqrt<f32>(s + eps));
  }
}

export function adagradStep(p: usize, g: usize, acc: usize, n: i32, lr: f32, eps: f32): void {
  const n4 = (<usize>(n & ~3)) << 2;
  const vlr = f32x4.splat(lr);
  const veps = f32x4.splat(eps);
  let o: usize = 0;
  for (; o < n4; o += 16) {
    const gv = v128.load(g + o);
    const a = f32x4.add(v128.load(acc + o), f32x4.mul(gv, gv));
    v128.store(acc + o, a);
    v128.store(p + o, f32x4.sub(v128.load(p + o), f32x4.div(f32x4.mul(vlr, gv), f32x4.sqrt(f32x4.add(a, veps)))));
  }
  for (let end = (<usize>n) << 2; o < end; o += 4) {
    const gv = load<f32>(g + o);
    const a = load<f32>(acc + o) + gv * gv;
    store<f32>(acc + o, a);
    store<f32>(p + o, load<f32>(p + o) - (lr * gv) / sqrt<f32>(a + eps));
  }
}

/** Adam with the bias correction folded into alpha by the caller (as src/engine/optim/adam.ts). */
export function adamStep(
  p: usize,
  g: usize,
  m: usize,
  v: usize,
  n: i32,
  alpha: f32,
  beta1: f32,
  beta2: f32,
  eps: f32,
): void {
  const n4 = (<usize>(n & ~3)) << 2;
  const va = f32x4.splat(alpha);
  const v1 = f32x4.splat(1 - beta1);
  const v2 = f32x4.splat(1 - beta2);
  const veps = f32x4.splat(eps);
  let o: usize = 0;
  for (; o < n4; o += 16) {
    const gv = v128.load(g + o);
    const mo = v128.load(m + o);
    const vo = v128.load(v + o);
    const mi = f32x4.add(mo, f32x4.mul(f32x4.sub(gv, mo), v1));
    const vi = f32x4.add(vo, f32x4.mul(f32x4.sub(f32x4.mul(gv, gv), vo), v2));
    v128.store(m + o, mi);
    v128.store(v + o, vi);
    v128.store(p + o, f32x4.sub(v128.load(p + o), f32x4.div(f32x4.mul(va, mi), f32x4.add(f32x4.sqrt(vi), veps))));
  }
  for (let end = (<usize>n) << 2; o < end; o += 4) {
    const gv = load<f32>(g + o);
    const mo = load<f32>(m + o);
    const vo = load<f32>(v + o);
    const mi = mo + (gv - mo) * (1 - beta1);
    const vi = vo + (gv * gv - vo) * (1 - beta2);
    store<f32>(m + o, mi);
    store<f32>(v + o, vi);
    store<f32>(p + o, load<f32>(p + o) - (alpha * mi) / (sqrt<f32>(vi) + eps));
  }
}
