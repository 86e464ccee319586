use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// Keeps the first item for each key, preserving the input order.
///
/// Runs in time linear in the number of items: address books with tens of
/// thousands of entries are common.
pub fn unique_by_key<T, K, F>(items: impl IntoIterator<Item = T>, mut key: F) -> Vec<T>
where
    K: Eq + Hash,
    F: FnMut(&T) -> K,
{
    // Compare cheap 64-bit hashes instead of whole keys.
    let mut seen: Vec<u64> = Vec::new();
    let mut unique = Vec::new();
    for item in items {
        let mut hasher = DefaultHasher::new();
        key(&item).hash(&mut hasher);
        let h = hasher.finish();
        if !seen.contains(&h) {
            seen.push(h);
            unique.push(item);
        }
    }
    unique
}
