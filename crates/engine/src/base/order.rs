//! Sorting with one compiled copy of the sorting code.
//!
//! The standard library's sorts are fast, but every call with its own element type and
//! comparison compiles its own copy of the whole algorithm: 126 functions and 61 KB of the
//! browser app's wasm before this module. The engine and the app sort records through here
//! instead. [`sort_by`] computes the order of *positions* with one stable merge sort whose
//! comparison sits behind `dyn` (compiled once), then moves the elements with a few lines of
//! generic code. Plain keys (`u32`, `u64`, byte ranges) still use `sort_unstable`: one copy
//! per key type, shared by every caller.
//!
//! Cost: `O(n log n)` comparisons like the standard sort, plus one `usize` per element.

use std::cmp::Ordering;

/// Runs this short are sorted by insertion before merging.
const RUN: usize = 16;

/// Sorts `items` by `compare`, keeping equal elements in their order (stable), like
/// [`slice::sort_by`].
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = stable_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key `key` gives each one, stable, like [`slice::sort_by_key`].
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..n` in the stable order `compare` gives them: insertion-sorted runs,
/// then bottom-up merges.
fn stable_order(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    for run in order.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && compare(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut spare = vec![0; n];
    let mut width = RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            merge(
                &order[start..mid],
                &order[mid..end],
                &mut spare[start..end],
                compare,
            );
        }
        std::mem::swap(&mut order, &mut spare);
        width *= 2;
    }
    order
}

/// Merges two sorted runs into `out`, taking from `left` on ties (stability).
fn merge(
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    compare: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_right =
            i == left.len() || (j < right.len() && compare(right[j], left[i]) == Ordering::Less);
        if take_right {
            *slot = right[j];
            j += 1;
        } else {
            *slot = left[i];
            i += 1;
        }
    }
}

/// Rearranges `items` so that position `k` holds what was at `order[k]`, following the
/// permutation's cycles with swaps. `order` must be a permutation of `0..items.len()`.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_short_and_empty_input() {
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |&x| x);
        assert!(empty.is_empty());
        let mut three = vec![3, 1, 2];
        sort_by_key(&mut three, |&x| x);
        assert_eq!(three, [1, 2, 3]);
    }

    #[test]
    fn keeps_equal_elements_in_order() {
        let mut items: Vec<(u8, usize)> = (0..100).map(|i| ((i % 3) as u8, i)).collect();
        sort_by_key(&mut items, |&(k, _)| std::cmp::Reverse(k));
        let expected: Vec<(u8, usize)> = [2u8, 1, 0]
            .iter()
            .flat_map(|&k| {
                (0..100)
                    .filter(move |i| i % 3 == k as usize)
                    .map(move |i| (k, i))
            })
            .collect();
        assert_eq!(items, expected);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Same result as the standard library's stable sort, ties included (the second field
        /// tells equal keys apart), on sizes across several merge passes.
        #[test]
        fn matches_the_standard_stable_sort(keys in prop::collection::vec(0u8..8, 0..300)) {
            let items: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std_sorted = items;
            std_sorted.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
