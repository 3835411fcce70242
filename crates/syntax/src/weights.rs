//! Averaged-perceptron weights: a training store (exact integer updates,
//! lazy averaging) and a compact, quantised inference table.
//!
//! Inference: an open-addressing hash table maps a 32-bit feature key to a
//! dense row of `nc` class weights (`i16`, one global scale per table).

use crate::hash::IdMap;
use crate::SyntaxError;

/// Training-time weights for `nc` classes.
pub struct Trainer {
    pub nc: usize,
    map: IdMap<u32, u32>,
    keys: Vec<u32>,
    w: Vec<i32>,
    u: Vec<i64>,
    /// Update counter (the averaging clock).
    pub time: i64,
}

impl Trainer {
    pub fn new(nc: usize) -> Self {
        Trainer {
            nc,
            map: IdMap::default(),
            keys: Vec::new(),
            w: Vec::new(),
            u: Vec::new(),
            time: 1,
        }
    }

    /// Add the (current, non-averaged) scores of `feats` into `out`.
    pub fn scores(&self, feats: &[u32], out: &mut [i32]) {
        out.iter_mut().for_each(|x| *x = 0);
        for f in feats {
            if let Some(&r) = self.map.get(f) {
                let r = r as usize * self.nc;
                for (o, w) in out.iter_mut().zip(&self.w[r..r + self.nc]) {
                    *o += *w;
                }
            }
        }
    }

    fn row(&mut self, f: u32) -> usize {
        let nc = self.nc;
        let n = self.keys.len() as u32;
        let r = *self.map.entry(f).or_insert_with(|| n);
        if r == n {
            self.keys.push(f);
            self.w.extend(std::iter::repeat_n(0, nc));
            self.u.extend(std::iter::repeat_n(0, nc));
        }
        r as usize * nc
    }

    /// Perceptron update: reward `good`, penalise `bad`.
    pub fn update(&mut self, feats: &[u32], good: usize, bad: usize) {
        if good == bad {
            return;
        }
        let t = self.time;
        for &f in feats {
            let r = self.row(f);
            self.w[r + good] += 1;
            self.u[r + good] += t;
            self.w[r + bad] -= 1;
            self.u[r + bad] -= t;
        }
    }

    /// Advance the averaging clock (once per training example).
    pub fn tick(&mut self) {
        self.time += 1;
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Averaged weights quantised to i16, dropping rows whose largest
    /// absolute quantised weight is below `min_q`.
    pub fn finish(&self, min_q: i16) -> Table {
        let nc = self.nc;
        let t = self.time as f64;
        let avg: Vec<f32> = self
            .w
            .iter()
            .zip(&self.u)
            .map(|(&w, &u)| (w as f64 - u as f64 / t) as f32)
            .collect();
        quantise(nc, &self.keys, &avg, min_q)
    }
}

/// A table of the real weights `real` (`keys.len() * nc`, row by row)
/// quantised to i16 under one scale (the largest |weight| becomes 32000),
/// dropping rows whose largest absolute quantised weight is below `min_q`.
fn quantise(nc: usize, keys: &[u32], real: &[f32], min_q: i16) -> Table {
    let max = real.iter().fold(0f32, |m, &x| m.max(x.abs())).max(1e-6);
    let scale = 32000.0 / max;
    let mut kept = Vec::new();
    let mut rows = Vec::new();
    let mut row = vec![0i16; nc];
    for (&k, r) in keys.iter().zip(real.chunks(nc.max(1))) {
        let mut big = 0i16;
        for (q, &x) in row.iter_mut().zip(r) {
            *q = (x * scale).round() as i16;
            big = big.max(q.saturating_abs());
        }
        if big >= min_q.max(1) {
            kept.push(k);
            rows.extend_from_slice(&row);
        }
    }
    Table::build(nc, 1.0 / scale, kept, rows)
}

/// The `len` byte of a sparse slot value that marks a dense row (a
/// sparse row of a table with fewer than 255 classes is shorter).
const DENSE: u64 = 0xff;

/// Does the CPU have the x86-64-v3 features (AVX2, BMI1/2, FMA, LZCNT,
/// POPCNT, MOVBE) that the `_v3` copies of the tagger's and parser's hot
/// loops are compiled for? Checked at run time (the result is cached by
/// the standard library), so the binary still runs on any x86-64.
#[cfg(target_arch = "x86_64")]
#[inline]
pub(crate) fn has_v3() -> bool {
    std::arch::is_x86_feature_detected!("avx2")
        && std::arch::is_x86_feature_detected!("bmi1")
        && std::arch::is_x86_feature_detected!("bmi2")
        && std::arch::is_x86_feature_detected!("fma")
        && std::arch::is_x86_feature_detected!("lzcnt")
        && std::arch::is_x86_feature_detected!("popcnt")
        && std::arch::is_x86_feature_detected!("movbe")
}

/// Add a dense row (a multiple of 8 weights, at most 256) into `out`:
/// straight-line adds of 8 lanes that the compiler vectorises, with AVX2
/// when the CPU has it (checked at run time; the sums are the same).
#[inline(always)]
fn add_dense(row: &[i16], out: &mut [i32; 256]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU supports AVX2 (checked just above).
        unsafe { add_dense_avx2(row, out) };
        return;
    }
    add_dense_lanes(row, out);
}

#[inline(always)]
fn add_dense_lanes(row: &[i16], out: &mut [i32; 256]) {
    for (o, w) in out.chunks_exact_mut(8).zip(row.chunks_exact(8)) {
        for (o, &w) in o.iter_mut().zip(w) {
            *o += w as i32;
        }
    }
}

/// [`add_dense_lanes`] compiled for AVX2 (one widening load and one add
/// per 8 classes).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_dense_avx2(row: &[i16], out: &mut [i32; 256]) {
    add_dense_lanes(row, out);
}

/// Entries per [`Bucket4`].
const BW: usize = 5;

/// A cache line of the 4-class (parser) table: up to five rows, each a
/// full key (`key[i]`, 0 = empty) and its four weights. `over` is non-zero
/// when a row whose home is this bucket (or an earlier one) was stored in
/// a later bucket (linear probing by bucket).
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct Bucket4 {
    key: [u32; BW],
    w: [[i16; 4]; BW],
    over: u32,
}

impl Bucket4 {
    /// Lane holding `key`, if any (all five keys compared at once).
    #[inline(always)]
    fn find(&self, key: u32) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::*;
            // SAFETY: SSE2 is part of the x86_64 baseline. The two
            // unaligned 16-byte loads read bytes 0..32 of this 64-byte
            // struct: keys 0-3, then key 4 and 12 bytes of weights, which
            // the mask discards.
            let m = unsafe {
                let p = self as *const Bucket4 as *const __m128i;
                let x = _mm_set1_epi32(key as i32);
                let a = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(_mm_loadu_si128(p), x)));
                let b = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(
                    _mm_loadu_si128(p.add(1)),
                    x,
                )));
                (a | (b << 4)) & 0x1f
            };
            if m != 0 {
                Some(m.trailing_zeros() as usize)
            } else {
                None
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            self.key.iter().position(|&k| k == key)
        }
    }
}

/// Ask the CPU to start loading the cache line at `p` (no effect on
/// results; a no-op off x86_64).
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Home slot of a (well-mixed) 32-bit key in a table of `cap` slots:
/// multiply-shift range reduction, so `cap` need not be a power of two.
#[inline(always)]
fn home(key: u32, cap: usize) -> usize {
    ((key as u64 * cap as u64) >> 32) as usize
}

/// A zeroed vector of `n` elements for a big lookup table. On Linux the
/// memory is marked for transparent huge pages before it is touched: the
/// tables are read at random, and with 4 KiB pages nearly every lookup
/// is also a TLB miss.
fn table_vec<T: Copy + Default>(n: usize) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    {
        let bytes = n * std::mem::size_of::<T>();
        if bytes >= 2 << 20 {
            let p = v.as_mut_ptr() as usize;
            let page = 4096;
            let a = (p + page - 1) & !(page - 1);
            let b = (p + bytes) & !(page - 1);
            if b > a {
                // SAFETY: `a..b` lies inside the allocation owned by `v`
                // (page-aligned inward); MADV_HUGEPAGE is only a hint and
                // does not change the contents or validity of the memory.
                unsafe {
                    libc::madvise(a as *mut libc::c_void, b - a, libc::MADV_HUGEPAGE);
                }
            }
        }
    }
    v.resize(n, T::default());
    v
}

/// Memo slots of a [`SumMemo`]: `1 << MEMO_BITS`, direct-mapped.
const MEMO_BITS: u32 = 11;
const MEMO_SLOTS: usize = 1 << MEMO_BITS;

/// A direct-mapped memo of score sums (`nc` per slot) under 64-bit keys:
/// the tagger keeps per-form sums in it, the parser per-tag-pair labeller
/// sums. Sums are exact, so results are the same with or without it; the
/// owner resets it when the model changes.
#[derive(Debug)]
pub(crate) struct SumMemo {
    keys: Vec<u64>,
    sums: Vec<i32>,
    /// Where `fill` sums a missing row: a whole 256-class array, so that
    /// [`Table::add`] sums without bounds checks. Zero outside `fill`.
    tmp: Box<[i32; 256]>,
}

impl Default for SumMemo {
    fn default() -> Self {
        SumMemo {
            keys: Vec::new(),
            sums: Vec::new(),
            tmp: Box::new([0; 256]),
        }
    }
}

impl SumMemo {
    pub(crate) fn new(nc: usize) -> Self {
        SumMemo {
            keys: vec![0; MEMO_SLOTS],
            sums: vec![0; MEMO_SLOTS * nc],
            tmp: Box::new([0; 256]),
        }
    }

    /// Whether the memo is allocated for `nc` classes.
    pub(crate) fn ready(&self, nc: usize) -> bool {
        self.keys.len() == MEMO_SLOTS && self.sums.len() == MEMO_SLOTS * nc
    }

    /// Add the sums memoised under `key` into `out` (`nc` <= 256 classes),
    /// computing them with `fill` (into a zeroed array) when the slot holds
    /// another key. Key 0 is not memoised: the sums are computed and added
    /// without being kept.
    #[inline]
    pub(crate) fn add(&mut self, key: u64, out: &mut [i32], fill: impl FnOnce(&mut [i32; 256])) {
        let nc = out.len().min(256);
        let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - MEMO_BITS)) as usize;
        let tmp = &mut self.tmp;
        match (
            self.keys.get_mut(slot),
            self.sums.get_mut(slot * nc..(slot + 1) * nc),
        ) {
            (Some(k), Some(sums)) if key != 0 => {
                if *k != key {
                    fill(tmp);
                    sums.copy_from_slice(&tmp[..nc]);
                    tmp[..nc].iter_mut().for_each(|x| *x = 0);
                    *k = key;
                }
                for (o, &x) in out.iter_mut().zip(sums.iter()) {
                    *o += x;
                }
            }
            _ => {
                fill(tmp);
                for (o, x) in out.iter_mut().zip(tmp[..nc].iter_mut()) {
                    *o += *x;
                    *x = 0;
                }
            }
        }
    }
}

/// Index of the highest score (the first one on ties).
#[inline]
pub(crate) fn argmax(s: &[i32]) -> usize {
    // the largest score first, then the first chunk holding it (both
    // loops without early exits or carried indexes, so they vectorise)
    let m = s.iter().fold(i32::MIN, |a, &b| a.max(b));
    let mut base = 0;
    for c in s.chunks(16) {
        if c.iter().fold(false, |hit, &v| hit | (v == m)) {
            return base + c.iter().position(|&v| v == m).unwrap_or(0);
        }
        base += c.len();
    }
    0
}

/// Load factor of the open-addressing tables, as `num / den`.
const LOAD_NUM: usize = 5;
const LOAD_DEN: usize = 8;

/// Quantised inference weights (inference layout only: no dense copy).
///
/// 4-class tables (the parser) store rows in cache-line buckets of five
/// (key + weights, see [`Bucket4`]); other tables map a key to a sparse
/// `(class, weight)` list.
#[derive(Debug, Clone)]
pub struct Table {
    nc: usize,
    /// Number of rows.
    n: usize,
    /// Bucketed table for 4-class tables (the parser).
    buckets: Vec<Bucket4>,
    /// Rows of tables with other class counts: `key << 32 | start << 8 |
    /// len`, `len` entries from `start` in `entries`, or, when `len` is
    /// [`DENSE`], the dense row number `start` of `dense`; 0 = empty.
    sparse: Vec<u64>,
    /// `class << 16 | weight as u16` for every non-zero weight of a
    /// sparse row.
    entries: Vec<u32>,
    /// Rows with many non-zero weights, as every class's weight
    /// (`stride` per row: the class count rounded up to 8, the padding
    /// zero), summed with vector adds.
    dense: Vec<i16>,
    stride: usize,
    /// Real weight = stored value * scale.
    pub scale: f32,
}

fn capacity(n: usize) -> usize {
    (n * LOAD_DEN / LOAD_NUM + 1).max(16)
}

impl Table {
    /// Build from dense rows (`keys.len() * nc` weights).
    pub fn build(nc: usize, scale: f32, keys: Vec<u32>, rows: Vec<i16>) -> Table {
        let mut starts = Vec::with_capacity(keys.len() + 1);
        let mut ents: Vec<(u8, i16)> = Vec::new();
        starts.push(0u32);
        for i in 0..keys.len() {
            for (c, &w) in rows[i * nc..(i + 1) * nc].iter().enumerate() {
                if w != 0 {
                    ents.push((c as u8, w));
                }
            }
            starts.push(ents.len() as u32);
        }
        Table::from_sparse(nc, scale, &keys, &starts, &ents)
    }

    /// Build from sparse rows: row `i` has key `keys[i]` and the non-zero
    /// weights `ents[starts[i]..starts[i + 1]]`. Duplicate keys keep the
    /// first row; key 0 is stored as 1 (0 marks empty slots).
    pub fn from_sparse(
        nc: usize,
        scale: f32,
        keys: &[u32],
        starts: &[u32],
        ents: &[(u8, i16)],
    ) -> Table {
        let cap = capacity(keys.len());
        let row = |i: usize| -> &[(u8, i16)] {
            let a = starts.get(i).copied().unwrap_or(0) as usize;
            let b = starts.get(i + 1).copied().unwrap_or(0) as usize;
            ents.get(a..b).unwrap_or(&[])
        };
        let mut n = 0;
        if nc == 4 {
            // about 70 % of the lanes used: a bucket overflows rarely
            let nb = (keys.len() * 10 / (BW * 7) + 1).max(2);
            let mut buckets = table_vec::<Bucket4>(nb);
            'rows: for (i, &k) in keys.iter().enumerate() {
                let k = k.max(1);
                let mut w = [0i16; 4];
                for &(c, x) in row(i) {
                    if let Some(o) = w.get_mut(c as usize) {
                        *o = x;
                    }
                }
                let mut b = home(k, nb);
                loop {
                    let bk = &mut buckets[b];
                    if bk.find(k).is_some() {
                        continue 'rows;
                    }
                    if let Some(lane) = bk.key.iter().position(|&x| x == 0) {
                        bk.key[lane] = k;
                        bk.w[lane] = w;
                        n += 1;
                        continue 'rows;
                    }
                    bk.over = 1;
                    b += 1;
                    if b == nb {
                        b = 0;
                    }
                }
            }
            return Table {
                nc,
                n,
                buckets,
                sparse: Vec::new(),
                entries: Vec::new(),
                dense: Vec::new(),
                stride: 0,
                scale,
            };
        }
        let mut sparse = table_vec::<u64>(cap);
        let mut entries: Vec<u32> = table_vec(ents.len());
        let mut m = 0;
        // a row with at least half its classes non-zero is stored dense:
        // no more bytes than sparse (2 per class against 4 per entry)
        let stride = nc.div_ceil(8) * 8;
        let mut dense: Vec<i16> = Vec::new();
        let mut seen = [false; 256];
        for (i, &k) in keys.iter().enumerate() {
            let k = k.max(1);
            let mut s = home(k, cap);
            let mut dup = false;
            while sparse[s] != 0 {
                if (sparse[s] >> 32) as u32 == k {
                    dup = true;
                    break;
                }
                s += 1;
                if s == cap {
                    s = 0;
                }
            }
            if dup {
                continue;
            }
            let r = row(i);
            if nc < DENSE as usize && r.len() * 2 >= stride {
                // (only rows whose classes are distinct and in range: a
                // dense row holds one weight per class)
                seen.fill(false);
                let distinct = r.iter().all(|&(c, _)| {
                    let ok = (c as usize) < nc && !seen[c as usize];
                    seen[c as usize] = true;
                    ok
                });
                let d = dense.len() / stride;
                if distinct && d < (1 << 24) {
                    dense.resize(dense.len() + stride, 0);
                    for &(c, w) in r {
                        dense[d * stride + c as usize] = w;
                    }
                    sparse[s] = ((k as u64) << 32) | ((d as u64) << 8) | DENSE;
                    n += 1;
                    continue;
                }
            }
            let start = m;
            for &(c, w) in r {
                if (c as usize) < nc && w != 0 {
                    if let Some(e) = entries.get_mut(m) {
                        *e = ((c as u32) << 16) | (w as u16 as u32);
                        m += 1;
                    }
                }
            }
            let len = m - start;
            if start >= (1 << 24) || len >= DENSE as usize {
                // cannot be addressed: drop the row (never happens for
                // the sizes gesta trains)
                m = start;
                continue;
            }
            sparse[s] = ((k as u64) << 32) | ((start as u64) << 8) | len as u64;
            n += 1;
        }
        entries.truncate(m);
        // (copied into a table of its own so that a big one gets huge pages)
        let mut dense_rows = table_vec::<i16>(dense.len());
        dense_rows.copy_from_slice(&dense);
        Table {
            nc,
            n,
            buckets: Vec::new(),
            sparse,
            entries,
            dense: dense_rows,
            stride,
            scale,
        }
    }

    pub fn classes(&self) -> usize {
        self.nc
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// Every row as (key, non-zero (class, weight) pairs), sorted by key.
    fn rows(&self) -> Vec<(u32, Vec<(u8, i16)>)> {
        let mut out = Vec::with_capacity(self.n);
        for bk in &self.buckets {
            for (&k, w) in bk.key.iter().zip(bk.w) {
                if k != 0 {
                    let r = (0..4u8).zip(w).filter(|&(_, w)| w != 0).collect();
                    out.push((k, r));
                }
            }
        }
        for &v in &self.sparse {
            if v != 0 {
                out.push(((v >> 32) as u32, self.sparse_row(v)));
            }
        }
        out.sort_unstable_by_key(|r| r.0);
        out
    }

    fn sparse_row(&self, v: u64) -> Vec<(u8, i16)> {
        if v & 0xff == DENSE {
            return (0..=255u8)
                .zip(self.dense_row(v))
                .filter(|&(_, &w)| w != 0)
                .map(|(c, &w)| (c, w))
                .collect();
        }
        let a = ((v >> 8) & 0xff_ffff) as usize;
        let b = a + (v & 0xff) as usize;
        self.entries
            .get(a..b)
            .unwrap_or(&[])
            .iter()
            .map(|&e| ((e >> 16) as u8, e as u16 as i16))
            .collect()
    }

    /// Add the rows of `feats` into a 4-class score array.
    ///
    /// The home buckets of all features are prefetched first (the misses
    /// overlap; a prefetch does not stall the CPU), then each bucket's five
    /// keys are compared at once. The table is larger than the
    /// caches: memory latency, not arithmetic, is the cost.
    #[inline]
    pub fn add4(&self, feats: &[u32], out: &mut [i32; 4]) {
        self.warm(feats);
        self.add4_warmed(feats, out);
    }

    /// [`Table::add4`] for features whose buckets the caller prefetched
    /// already with [`Table::warm`] (the same sums; this only skips the
    /// second round of prefetches).
    #[inline(always)]
    pub fn add4_warmed(&self, feats: &[u32], out: &mut [i32; 4]) {
        if self.buckets.is_empty() {
            self.add(feats, out);
            return;
        }
        let nb = self.buckets.len();
        for &f in feats {
            let f = f.max(1);
            let mut b = home(f, nb);
            loop {
                let bk = &self.buckets[b];
                if let Some(lane) = bk.find(f) {
                    let w = bk.w[lane];
                    out[0] += w[0] as i32;
                    out[1] += w[1] as i32;
                    out[2] += w[2] as i32;
                    out[3] += w[3] as i32;
                    break;
                }
                if bk.over == 0 {
                    break;
                }
                b += 1;
                if b == nb {
                    b = 0;
                }
            }
        }
    }

    /// Add the rows of `feats` into `out`, which must have `nc` entries
    /// or more. Give it 256 or more (e.g. a whole `[i32; 256]`: entries
    /// past `nc` are never touched) and the sums index it without bounds
    /// checks, a class being a `u8`.
    ///
    /// The home slots of all features are prefetched first, then their
    /// rows (a second, dependent miss), so that cache misses overlap;
    /// then the rows are summed. Rows are sparse (class, weight) lists.
    #[inline]
    pub fn add(&self, feats: &[u32], out: &mut [i32]) {
        self.sum_rows(feats, out, true);
    }

    /// [`Table::add`] for features whose slots the caller prefetched
    /// already with [`Table::warm`] (the same sums; this only skips the
    /// second round of prefetches).
    #[inline]
    pub fn add_warmed(&self, feats: &[u32], out: &mut [i32]) {
        self.sum_rows(feats, out, false);
    }

    #[inline]
    fn sum_rows(&self, feats: &[u32], out: &mut [i32], prefetch_slots: bool) {
        if self.sparse.is_empty() {
            if !self.buckets.is_empty() {
                let mut s = [0i32; 4];
                self.add4(feats, &mut s);
                for (o, x) in out.iter_mut().zip(s) {
                    *o += x;
                }
            }
            return;
        }
        const B: usize = 16;
        let cap = self.sparse.len();
        let mut rows = [0u64; B];
        for chunk in feats.chunks(B) {
            if prefetch_slots {
                for &f in chunk {
                    prefetch(&self.sparse[home(f.max(1), cap)]);
                }
            }
            let mut n = 0;
            for &f in chunk {
                let Some(v) = self.probe_sparse(f.max(1)) else {
                    continue;
                };
                // the row is a second, dependent cache miss: start it now
                // so that the misses of all rows overlap
                if v & 0xff == DENSE {
                    for line in self.dense_row(v).chunks(32) {
                        prefetch(line.as_ptr());
                    }
                } else if let Some(e) = self.entries.get(((v >> 8) & 0xff_ffff) as usize) {
                    prefetch(e);
                }
                if let Some(r) = rows.get_mut(n) {
                    *r = v;
                    n += 1;
                }
            }
            let rows = &rows[..n];
            match out.first_chunk_mut::<256>() {
                Some(out) => {
                    for &v in rows {
                        if v & 0xff == DENSE {
                            add_dense(self.dense_row(v), out);
                            continue;
                        }
                        for &e in self.row_entries(v) {
                            out[(e >> 16) as u8 as usize] += e as u16 as i16 as i32;
                        }
                    }
                }
                None => {
                    for &v in rows {
                        if v & 0xff == DENSE {
                            for (o, &w) in out.iter_mut().zip(self.dense_row(v)) {
                                *o += w as i32;
                            }
                            continue;
                        }
                        for &e in self.row_entries(v) {
                            if let Some(o) = out.get_mut((e >> 16) as usize) {
                                *o += e as u16 as i16 as i32;
                            }
                        }
                    }
                }
            }
        }
    }

    /// The weights of every class (and the padding) of a dense slot value.
    #[inline(always)]
    fn dense_row(&self, v: u64) -> &[i16] {
        let a = ((v >> 8) & 0xff_ffff) as usize * self.stride;
        self.dense.get(a..a + self.stride).unwrap_or(&[])
    }

    /// The entries (`class << 16 | weight`) of a sparse slot value.
    #[inline(always)]
    fn row_entries(&self, v: u64) -> &[u32] {
        let a = ((v >> 8) & 0xff_ffff) as usize;
        self.entries.get(a..a + (v & 0xff) as usize).unwrap_or(&[])
    }

    #[inline]
    fn probe_sparse(&self, key: u32) -> Option<u64> {
        let cap = self.sparse.len();
        let mut s = home(key, cap);
        loop {
            let v = self.sparse[s];
            if v == 0 {
                return None;
            }
            if (v >> 32) as u32 == key {
                return Some(v);
            }
            s += 1;
            if s == cap {
                s = 0;
            }
        }
    }

    /// Prefetch the home slots of `feats` without using them: called
    /// ahead of time for features known in advance, so that their misses
    /// overlap with each other and with other work. No effect on results.
    #[inline]
    pub fn warm(&self, feats: &[u32]) {
        if !self.buckets.is_empty() {
            let nb = self.buckets.len();
            for &f in feats {
                prefetch(&self.buckets[home(f.max(1), nb)]);
            }
        } else if !self.sparse.is_empty() {
            let cap = self.sparse.len();
            for &f in feats {
                prefetch(&self.sparse[home(f.max(1), cap)]);
            }
        }
    }

    /// A copy without the single weights whose |weight| is below `min_w`
    /// (rows left empty are dropped).
    pub fn pruned_weights(&self, min_w: i16) -> Table {
        self.rebuilt(|r| r.retain(|&(_, w)| w.saturating_abs() >= min_w))
    }

    /// Number of stored non-zero weights.
    pub fn weights(&self) -> usize {
        self.rows().iter().map(|r| r.1.len()).sum()
    }

    /// A copy without rows whose largest |weight| is below `min_q`.
    pub fn pruned(&self, min_q: i16) -> Table {
        self.rebuilt(|r| {
            if !r.iter().any(|&(_, w)| w.saturating_abs() >= min_q) {
                r.clear();
            }
        })
    }

    /// A copy with every row passed through `edit`; rows it leaves empty
    /// are dropped.
    /// The average of tables with the same classes (a "model soup" of
    /// training runs with different seeds): every key's real weights are
    /// averaged, a table without the key counting zeros, then quantised
    /// again; rows whose largest |quantised weight| is below `min_q` are
    /// dropped. `None` when the class counts differ or there is no table.
    pub fn average(tables: &[&Table], min_q: i16) -> Option<Table> {
        let first = tables.first()?;
        let nc = first.nc;
        if tables.iter().any(|t| t.nc != nc) {
            return None;
        }
        let mut sum: std::collections::BTreeMap<u32, Vec<f64>> = Default::default();
        for t in tables {
            for (k, r) in t.rows() {
                let row = sum.entry(k).or_insert_with(|| vec![0.0; nc]);
                for (c, w) in r {
                    if let Some(x) = row.get_mut(c as usize) {
                        *x += w as f64 * t.scale as f64;
                    }
                }
            }
        }
        let n = tables.len() as f64;
        let keys: Vec<u32> = sum.keys().copied().collect();
        let real: Vec<f32> = sum.values().flatten().map(|&x| (x / n) as f32).collect();
        Some(quantise(nc, &keys, &real, min_q))
    }

    fn rebuilt(&self, edit: impl Fn(&mut Vec<(u8, i16)>)) -> Table {
        let mut keys = Vec::new();
        let mut starts = vec![0u32];
        let mut ents = Vec::new();
        for (k, mut r) in self.rows() {
            edit(&mut r);
            if !r.is_empty() {
                keys.push(k);
                ents.extend_from_slice(&r);
                starts.push(ents.len() as u32);
            }
        }
        Table::from_sparse(self.nc, self.scale, &keys, &starts, &ents)
    }

    /// Serialise: nc u32, scale f32, nrows u32, then rows sorted by key:
    /// key delta (LEB128 varint, from the previous key), then for nc <= 8
    /// a bitmask byte of non-zero classes followed by their i16 weights,
    /// else nnz u8 followed by nnz x (class u8, i16).
    pub fn write(&self, out: &mut Vec<u8>) {
        let rows = self.rows();
        out.extend_from_slice(&(self.nc as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for (k, row) in rows {
            let mut d = k - prev;
            prev = k;
            loop {
                let b = (d & 0x7f) as u8;
                d >>= 7;
                if d == 0 {
                    out.push(b);
                    break;
                }
                out.push(b | 0x80);
            }
            if self.nc <= 8 {
                let mut mask = 0u8;
                for &(c, _) in &row {
                    mask |= 1 << c;
                }
                out.push(mask);
                for &(_, w) in &row {
                    out.extend_from_slice(&w.to_le_bytes());
                }
            } else {
                out.push(row.len() as u8);
                for &(c, w) in &row {
                    out.push(c);
                    out.extend_from_slice(&w.to_le_bytes());
                }
            }
        }
    }

    /// Read a table; `compact` selects the current encoding (see
    /// [`Table::write`]), else the first one (plain u32 keys, every row as
    /// nnz u8 + (class u8, i16) pairs). Rows are decoded straight into the
    /// sparse inference layout (no dense copy).
    pub fn read(r: &mut Reader<'_>, compact: bool) -> Result<Table, SyntaxError> {
        let nc = r.u32()? as usize;
        if nc == 0 || nc > 255 {
            return Err(r.err(format!("bad class count {nc}")));
        }
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        if n > r.remaining() / 2 {
            return Err(r.err(format!("row count {n} larger than the file")));
        }
        let mut keys = Vec::with_capacity(n);
        let mut starts = Vec::with_capacity(n + 1);
        starts.push(0u32);
        let mut ents: Vec<(u8, i16)> = Vec::with_capacity(n * 2);
        let mut key = 0u32;
        for _ in 0..n {
            if !compact {
                keys.push(r.u32()?);
            } else {
                let mut d = 0u32;
                let mut shift = 0;
                loop {
                    let b = r.u8()?;
                    if shift > 28 {
                        return Err(r.err("bad key varint".into()));
                    }
                    d |= ((b & 0x7f) as u32) << shift;
                    shift += 7;
                    if b & 0x80 == 0 {
                        break;
                    }
                }
                key = key.wrapping_add(d);
                keys.push(key);
            }
            // a row's weights are read as one slice (one bounds check per
            // row, not per weight)
            if compact && nc <= 8 {
                let mask = r.u8()?;
                if (mask as u32) >> nc != 0 {
                    return Err(r.err(format!("class mask {mask:#04x} out of range")));
                }
                let b = r.bytes(2 * mask.count_ones() as usize)?;
                let classes = (0..8u8).filter(|c| mask & (1 << c) != 0);
                for (c, w) in classes.zip(b.chunks_exact(2)) {
                    ents.push((c, i16::from_le_bytes([w[0], w[1]])));
                }
            } else {
                let nnz = r.u8()? as usize;
                let b = r.bytes(3 * nnz)?;
                for e in b.chunks_exact(3) {
                    if e[0] as usize >= nc {
                        return Err(r.err(format!("class {} out of range", e[0])));
                    }
                    ents.push((e[0], i16::from_le_bytes([e[1], e[2]])));
                }
            }
            starts.push(ents.len() as u32);
        }
        Ok(Table::from_sparse(nc, scale, &keys, &starts, &ents))
    }
}

/// Bounds-checked little-endian reader over a model file.
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    name: String,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8], name: &str) -> Self {
        Reader {
            data,
            pos: 0,
            name: name.to_string(),
        }
    }
    #[cold]
    #[inline(never)]
    pub fn err(&self, message: String) -> SyntaxError {
        SyntaxError::Model {
            file: self.name.clone(),
            offset: self.pos,
            message,
        }
    }
    pub fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }
    #[inline]
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], SyntaxError> {
        match self.data.get(self.pos..).and_then(|d| d.get(..n)) {
            Some(s) => {
                self.pos += n;
                Ok(s)
            }
            None => Err(self.err(format!("unexpected end of file (wanted {n} bytes)"))),
        }
    }
    #[inline]
    pub fn u8(&mut self) -> Result<u8, SyntaxError> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(self.err("unexpected end of file (wanted 1 byte)".into())),
        }
    }
    pub fn u32(&mut self) -> Result<u32, SyntaxError> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub fn u64(&mut self) -> Result<u64, SyntaxError> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.bytes(8)?);
        Ok(u64::from_le_bytes(a))
    }
    pub fn u128(&mut self) -> Result<u128, SyntaxError> {
        let mut a = [0u8; 16];
        a.copy_from_slice(self.bytes(16)?);
        Ok(u128::from_le_bytes(a))
    }
    pub fn i16(&mut self) -> Result<i16, SyntaxError> {
        let b = self.bytes(2)?;
        Ok(i16::from_le_bytes([b[0], b[1]]))
    }
    pub fn f32(&mut self) -> Result<f32, SyntaxError> {
        Ok(f32::from_bits(self.u32()?))
    }
    pub fn string(&mut self) -> Result<String, SyntaxError> {
        let n = self.u8()? as usize;
        let b = self.bytes(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| self.err("string is not UTF-8".into()))
    }
}

pub fn write_string(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    let n = b.len().min(255);
    out.push(n as u8);
    out.extend_from_slice(&b[..n]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn train_quantise_roundtrip() {
        let mut t = Trainer::new(3);
        for _ in 0..10 {
            t.update(&[5, 9], 2, 0);
            t.tick();
        }
        let tab = t.finish(1);
        let mut out = [0i32; 3];
        tab.add(&[5, 9, 77], &mut out);
        assert!(out[2] > 0 && out[0] < 0 && out[1] == 0);
        let mut buf = Vec::new();
        tab.write(&mut buf);
        let back = Table::read(&mut Reader::new(&buf, "t"), true).unwrap();
        let mut out2 = [0i32; 3];
        back.add(&[5, 9, 77], &mut out2);
        assert_eq!(out, out2);
        assert!(Table::read(&mut Reader::new(&buf[..buf.len() - 1], "t"), true).is_err());
    }

    /// A table averaged with itself keeps its real weights; with a table
    /// holding none of its rows, every weight is halved.
    #[test]
    fn averaged_tables() {
        let keys: Vec<u32> = (1..=30u32)
            .map(|k| k.wrapping_mul(0x9e37_79b9) | 1)
            .collect();
        let rows: Vec<i16> = (0..30 * 7)
            .map(|i| ((i * 37) % 2001) as i16 - 1000)
            .collect();
        let t = Table::build(7, 0.5, keys.clone(), rows);
        let other = Table::build(7, 2.0, vec![7, 9], vec![4; 14]);
        let same = Table::average(&[&t, &t], 1).unwrap();
        let half = Table::average(&[&t, &other], 1).unwrap();
        assert!(Table::average(&[&t, &Table::build(4, 1.0, vec![], vec![])], 1).is_none());
        let real = |tab: &Table, k: u32| -> Vec<f64> {
            let mut out = [0i32; 256];
            tab.add(&[k], &mut out);
            out[..7]
                .iter()
                .map(|&x| x as f64 * tab.scale as f64)
                .collect()
        };
        for &k in &keys {
            let (a, b, c) = (real(&t, k), real(&same, k), real(&half, k));
            for i in 0..7 {
                assert!(
                    (a[i] - b[i]).abs() <= 0.02 * 500.0 / 1000.0 + 1e-3,
                    "{a:?} {b:?}"
                );
                assert!((a[i] / 2.0 - c[i]).abs() <= 0.05, "{a:?} {c:?}");
            }
        }
        assert_eq!(real(&half, 7), vec![4.0; 7]);
    }

    #[test]
    fn argmax_is_the_first_highest() {
        let naive = |s: &[i32]| {
            let mut best = 0;
            for (i, &v) in s.iter().enumerate() {
                if v > s[best] {
                    best = i;
                }
            }
            best
        };
        let mut x = 0x1234_5678u32;
        for n in [0usize, 1, 2, 15, 16, 17, 51, 86, 255] {
            for _ in 0..50 {
                let s: Vec<i32> = (0..n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        // few distinct values: many ties
                        (x % 7) as i32 - 3
                            + if x.is_multiple_of(97) {
                                i32::MIN + 3
                            } else {
                                0
                            }
                    })
                    .collect();
                assert_eq!(argmax(&s), naive(&s), "{s:?}");
            }
        }
        assert_eq!(argmax(&[i32::MIN, i32::MIN]), 0);
    }

    /// Summing into a whole `[i32; 256]` (no bounds checks) gives what
    /// summing into an `nc`-long slice gives, leaves the classes past
    /// `nc` alone, and so does the memo, hit or miss.
    #[test]
    fn array_and_slice_sums_agree() {
        let nc = 7;
        let keys: Vec<u32> = (1..=40u32)
            .map(|k| k.wrapping_mul(0x9e37_79b9) | 1)
            .collect();
        let mut starts = vec![0u32];
        let mut ents = Vec::new();
        for i in 0..keys.len() {
            for c in 0..(i % nc + 1) {
                ents.push((c as u8, (i * 7 + c) as i16 - 100));
            }
            starts.push(ents.len() as u32);
        }
        let t = Table::from_sparse(nc, 1.0, &keys, &starts, &ents);
        // more than one chunk of features, with absent keys among them
        let feats: Vec<u32> = keys.iter().flat_map(|&k| [k, k ^ 0x5555_0000]).collect();
        let mut slice = vec![0i32; nc];
        t.add(&feats, &mut slice);
        let mut whole = [0i32; 256];
        t.add(&feats, &mut whole);
        assert_eq!(&whole[..nc], &slice[..]);
        assert!(whole[nc..].iter().all(|&x| x == 0));
        assert!(slice.iter().any(|&x| x != 0));
        let mut memo = SumMemo::new(nc);
        for key in [9u64, 9, 0, 9] {
            let mut out = vec![1i32; nc];
            memo.add(key, &mut out, |row| t.add(&feats, row));
            let want: Vec<i32> = slice.iter().map(|x| x + 1).collect();
            assert_eq!(out, want, "memo key {key}");
            assert!(memo.tmp.iter().all(|&x| x == 0));
        }
    }

    /// Long rows are stored dense, short ones sparse; sums, a round trip
    /// and `rows` give every weight back either way, and a row that
    /// repeats a class (kept sparse) still adds both entries.
    #[test]
    fn dense_and_sparse_rows_sum_alike() {
        for nc in [51usize, 86] {
            let mut keys = Vec::new();
            let mut starts = vec![0u32];
            let mut ents: Vec<(u8, i16)> = Vec::new();
            for i in 0..300usize {
                keys.push((i as u32).wrapping_mul(0x9e37_79b9) | 1);
                // lengths 0..nc: about half the rows at or over the
                // dense threshold
                let len = (i * 7) % (nc + 1);
                for j in 0..len {
                    let c = ((j * 5 + i) % nc) as u8;
                    ents.push((c, ((i * 31 + j * 17) % 2000) as i16 - 1000));
                }
                if i == 7 {
                    // a repeated class
                    ents.push((3, 11));
                    ents.push((3, 13));
                }
                starts.push(ents.len() as u32);
            }
            let t = Table::from_sparse(nc, 1.0, &keys, &starts, &ents);
            assert!(!t.dense.is_empty(), "some rows are dense");
            let mut buf = Vec::new();
            t.write(&mut buf);
            let back = Table::read(&mut Reader::new(&buf, "t"), true).unwrap();
            for tab in [&t, &back] {
                let mut all = [0i32; 256];
                let mut short = vec![0i32; nc];
                let mut want = vec![0i32; nc];
                for (i, &k) in keys.iter().enumerate() {
                    let mut one = [0i32; 256];
                    tab.add(&[k], &mut one);
                    let mut row_want = vec![0i32; nc];
                    for &(c, w) in &ents[starts[i] as usize..starts[i + 1] as usize] {
                        if w != 0 {
                            row_want[c as usize] += w as i32;
                        }
                    }
                    assert_eq!(&one[..nc], &row_want[..], "row {i}");
                    assert!(one[nc..].iter().all(|&x| x == 0));
                    for (w, x) in want.iter_mut().zip(&row_want) {
                        *w += x;
                    }
                }
                tab.add(&keys, &mut all);
                tab.add(&keys, &mut short);
                assert_eq!(&all[..nc], &want[..]);
                assert_eq!(short, want);
            }
        }
    }

    /// Rows of a bucketed 4-class table and of a sparse table are found
    /// again exactly, through bucket overflow and a full round trip; keys
    /// that are not in the table add nothing.
    #[test]
    fn tables_find_every_row() {
        let mut x = 0x9e37_79b9u32;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x
        };
        for nc in [4usize, 7] {
            let n = 5000;
            let keys: Vec<u32> = (0..n).map(|_| next() | 1).collect();
            let mut starts = vec![0u32];
            let mut ents = Vec::new();
            for (i, _) in keys.iter().enumerate() {
                ents.push(((i % nc) as u8, (i % 1000) as i16 + 1));
                starts.push(ents.len() as u32);
            }
            let t = Table::from_sparse(nc, 1.0, &keys, &starts, &ents);
            let mut buf = Vec::new();
            t.write(&mut buf);
            let back = Table::read(&mut Reader::new(&buf, "t"), true).unwrap();
            for tab in [&t, &back] {
                let mut distinct = keys.clone();
                distinct.sort_unstable();
                distinct.dedup();
                assert_eq!(tab.len(), distinct.len());
                for (i, &k) in keys.iter().enumerate() {
                    if distinct.binary_search(&k).is_err() {
                        continue;
                    }
                    let mut out = vec![0i32; nc];
                    tab.add(&[k], &mut out);
                    let first = keys.iter().position(|&y| y == k).unwrap();
                    let mut want = vec![0i32; nc];
                    want[first % nc] = (first % 1000) as i32 + 1;
                    assert_eq!(out, want, "key {k} row {i}");
                }
                let mut out = vec![0i32; nc];
                let absent: Vec<u32> = (0..200u32)
                    .map(|i| i * 2)
                    .filter(|k| !keys.contains(k))
                    .collect();
                tab.add(&absent, &mut out);
                assert!(out.iter().all(|&v| v == 0));
            }
        }
    }
}
