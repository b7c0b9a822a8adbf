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
    pub(crate) fn union_disjoint(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b || shares_any(&self.documents[a], &self.documents[b]) {
            return;
        }
        if self.documents[a].len() < self.documents[b].len() {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        let moved = std::mem::take(&mut self.documents[b]);
        let kept = &mut self.documents[a];
        kept.extend(moved);
        kept.sort_unstable();
    }
}

/// Whether two sorted lists share a value.
fn shares_any(a: &[usize], b: &[usize]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}
