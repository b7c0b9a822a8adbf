//! A small, deterministic 64-bit hash (FNV-1a) for word keys and shingles.
//!
//! Determinism matters: the same input must give the same report on every platform and run,
//! so the engine does not use the randomly seeded std hasher for anything that shapes output.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// Hashes a string.
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h = OFFSET;
    for b in s.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(PRIME);
    }
    h
}

/// A word key's or a word pair's hash as kept in sentence features, vocabularies and indexes:
/// 32 bits, half the memory of a full hash. Two different keys of a document collection share
/// one by chance rarely enough (about one pair in a vocabulary of 90,000 words) not to matter
/// to a similarity score; whole sentences are still told apart by a 64-bit fingerprint.
pub type Key = u32;

/// A 64-bit hash folded to a [`Key`] (both halves count).
pub fn key_of(hash: u64) -> Key {
    (hash ^ (hash >> 32)) as Key
}

/// Combines two hashes, order-sensitively (for word bigrams and n-grams).
pub(crate) fn combine(a: u64, b: u64) -> u64 {
    let mut h = a ^ 0x9e37_79b9_7f4a_7c15;
    h = h.wrapping_mul(PRIME).rotate_left(31);
    (h ^ b).wrapping_mul(PRIME)
}

/// A hasher for keys that are already hashes (word keys, word pairs): it passes the key
/// through, so maps keyed by them skip a second, slower hash.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is expected; anything else still hashes deterministically.
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(PRIME);
        }
    }

    fn write_u64(&mut self, key: u64) {
        self.0 = key;
    }

    fn write_u32(&mut self, key: u32) {
        // Spread over the high bits too, where the map takes its buckets' tags from.
        self.0 = u64::from(key).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A `HashMap` keyed by hashes (word keys, word n-grams), passed through ([`Prehashed`]).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) type PrehashedMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Prehashed>>;

/// A `HashMap` keyed by hashes: in the wasm, the standard map the rest of the engine uses, so
/// its code is compiled once (the worker's size matters more there than a faster hash).
#[cfg(target_arch = "wasm32")]
pub(crate) type PrehashedMap<K, V> = std::collections::HashMap<K, V>;

/// A map keyed by word keys ([`Key`]).
pub(crate) type KeyMap<V> = PrehashedMap<Key, V>;

/// A map keyed by 64-bit hashes of word n-grams.
pub(crate) type GramMap<V> = PrehashedMap<u64, V>;
