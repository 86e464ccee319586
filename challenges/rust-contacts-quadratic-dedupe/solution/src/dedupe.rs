use std::collections::HashSet;
use std::hash::Hash;

/// Keeps the first item for each key, preserving the input order.
///
/// Runs in time linear in the number of items: address books with tens of
/// thousands of entries are common.
pub fn unique_by_key<T, K, F>(items: impl IntoIterator<Item = T>, mut key: F) -> Vec<T>
where
    K: Eq + Hash,
    F: FnMut(&T) -> K,
{
    let mut seen: HashSet<K> = HashSet::new();
    let mut unique = Vec::new();
    for item in items {
        // HashSet::insert is an O(1) membership test and insert in one.
        if seen.insert(key(&item)) {
            unique.push(item);
        }
    }
    unique
}
