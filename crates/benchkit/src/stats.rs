//! Summaries of timed runs.
//!
//! NaN samples (a measurement that could not be taken) are left out; a
//! summary of no usable samples is NaN, which prints as `NaN` rather than
//! panicking on an index.

/// The median of `samples`: the middle value of an odd count, the mean of
/// the two middle values of an even count. NaN samples are left out; NaN
/// when none is left.
pub fn median(samples: &[f64]) -> f64 {
    let v = sorted(samples);
    let n = v.len();
    match n {
        0 => f64::NAN,
        _ if n % 2 == 1 => v[n / 2],
        _ => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// The `p`-quantile of `samples` by nearest rank: the sorted value at index
/// `round((n - 1) * p)`, `p` clamped to 0..=1 (0.5: median of an odd count,
/// 0.99: p99). NaN samples are left out; NaN when none is left or `p` is
/// NaN.
pub fn percentile(samples: &[f64], p: f64) -> f64 {
    let v = sorted(samples);
    if v.is_empty() || p.is_nan() {
        return f64::NAN;
    }
    let i = ((v.len() - 1) as f64 * p.clamp(0.0, 1.0)).round() as usize;
    v[i.min(v.len() - 1)]
}

/// `samples` rounded to `decimals` decimal places, in their order: for
/// printing the runs beside their median (`{:?}` of the result).
pub fn rounded(samples: &[f64], decimals: i32) -> Vec<f64> {
    let scale = 10f64.powi(decimals);
    samples
        .iter()
        .map(|x| (x * scale).round() / scale)
        .collect()
}

fn sorted(samples: &[f64]) -> Vec<f64> {
    let mut v: Vec<f64> = samples.iter().copied().filter(|x| !x.is_nan()).collect();
    v.sort_by(f64::total_cmp);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_even_and_empty() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[5.0, 1.0, 4.0, 2.0, 3.0]), 3.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(median(&[7.5]), 7.5);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn median_leaves_nan_out() {
        assert_eq!(median(&[f64::NAN, 1.0, 9.0, 2.0]), 2.0);
        assert_eq!(median(&[f64::NAN, 4.0, -f64::NAN, 6.0]), 5.0);
        assert!(median(&[f64::NAN, f64::NAN]).is_nan());
        // infinities are ordinary samples
        assert_eq!(median(&[f64::INFINITY, 1.0, 2.0]), 2.0);
    }

    #[test]
    fn percentile_by_nearest_rank() {
        let v: Vec<f64> = (1..=100).rev().map(f64::from).collect();
        assert_eq!(percentile(&v, 0.99), 99.0);
        assert_eq!(percentile(&v, 0.5), 51.0); // index round(49.5) = 50
        assert_eq!(percentile(&v, 0.0), 1.0);
        assert_eq!(percentile(&v, 1.0), 100.0);
        assert_eq!(percentile(&v, 7.0), 100.0);
        assert_eq!(percentile(&v, -1.0), 1.0);
        assert_eq!(percentile(&[2.0, f64::NAN, 1.0, 3.0], 0.5), 2.0);
        assert!(percentile(&[], 0.5).is_nan());
        assert!(percentile(&v, f64::NAN).is_nan());
    }

    #[test]
    fn rounded_keeps_order() {
        assert_eq!(
            rounded(&[0.12349, 2.0004, 0.0996], 3),
            vec![0.123, 2.0, 0.1]
        );
        assert_eq!(rounded(&[12.34, 5.66], 1), vec![12.3, 5.7]);
        assert!(rounded(&[], 3).is_empty());
    }
}
