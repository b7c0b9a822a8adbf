//! Disjoint sets of items that each belong to documents, joined only when they share no
//! document: an article states a thing once, so one sentence (or quote) that carries two
//! statements never chains them into one.

/// Disjoint sets with path halving and union by size, each set knowing its documents (clusters of
/// sentences, groups of quotes).
pub(crate) struct DocumentSets {
    parent: Vec<usize>,
    /// Sorted documents of each root's set.
    documents: Vec<Vec<usize>>,
}

impl DocumentSets {
    /// One set per item, holding the item's documents (sorted).
    pub(crate) fn new(documents: Vec<Vec<usize>>) -> Self {
        DocumentSets {
            parent: (0..documents.len()).collect(),
            documents,
        }
    }

    /// The representative of `x`'s set.
    pub(crate) fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b` unless they share a document.
    ///
    /// The smaller set's documents are looked up in the larger's (binary search) and merged
    /// into them, so joining a statement's thousands of copies one form at a time costs
    /// about the size of each form, not of the statement.
    pub(crate) fn union_disjoint(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.documents[a].len() < self.documents[b].len() {
            std::mem::swap(&mut a, &mut b);
        }
        let (kept, moved) = (&self.documents[a], &self.documents[b]);
        if moved.iter().any(|d| kept.binary_search(d).is_ok()) {
            return;
        }
        self.parent[b] = a;
        let moved = std::mem::take(&mut self.documents[b]);
        let kept = &mut self.documents[a];
        if moved.len().saturating_mul(INSERTS_PER_MERGE) < kept.len() {
            for d in moved {
                let at = kept.partition_point(|&k| k < d);
                kept.insert(at, d);
            }
        } else {
            kept.extend(moved);
            kept.sort_unstable();
        }
    }
}

/// Below this ratio of the larger set's size to the smaller's, sets are merged by sorting
/// rather than by inserting each of the smaller's documents.
const INSERTS_PER_MERGE: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_join_only_when_they_share_no_document() {
        let mut sets = DocumentSets::new(vec![vec![0, 5], vec![1], vec![5, 7], vec![2, 3]]);
        sets.union_disjoint(0, 1);
        sets.union_disjoint(1, 2); // 5 is in both
        sets.union_disjoint(3, 0);
        assert_eq!(sets.find(0), sets.find(3));
        assert_ne!(sets.find(0), sets.find(2));
        let root = sets.find(0);
        assert_eq!(sets.documents[root], [0, 1, 2, 3, 5]);
        // A large set takes single documents one at a time, in order.
        let mut many = DocumentSets::new((0..100).rev().map(|d| vec![d]).collect());
        for x in 1..100 {
            many.union_disjoint(0, x);
        }
        let root = many.find(0);
        assert_eq!(many.documents[root], (0..100).collect::<Vec<_>>());
    }
}
