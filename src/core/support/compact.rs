//! Small replacements for standard conveniences that cost the wasm build tens
//! of kilobytes: the standard library's sorts are large for every type they
//! are used with, and collecting into a `BTreeMap` sorts its input first. Our
//! lists are short (a few dozen items), so simple loops do.

use std::collections::BTreeMap;

/// Collects pairs into a map by inserting, without a sort.
pub fn map_from<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// Collects pairs into a JSON object by inserting, without a sort.
pub fn object_from(
    pairs: impl IntoIterator<Item = (String, serde_json::Value)>,
) -> serde_json::Map<String, serde_json::Value> {
    let mut map = serde_json::Map::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// Sorts by key, keeping equal items in their original order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_stably() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut items, |i| i.0);
        assert_eq!(
            items,
            vec![(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]
        );
        let mut empty: Vec<u8> = vec![];
        sort_by_key(&mut empty, |i| *i);
        assert!(empty.is_empty());
    }
}
