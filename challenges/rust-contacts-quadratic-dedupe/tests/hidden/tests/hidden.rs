use std::cell::Cell;
use std::hash::{Hash, Hasher};

use contacts::{merge_address_books, unique_by_key, Contact};

thread_local! {
    static COMPARISONS: Cell<usize> = Cell::new(0);
}

/// A key that counts how often it is compared for equality.
#[derive(Debug, Clone)]
struct CountedKey(String);

impl PartialEq for CountedKey {
    fn eq(&self, other: &Self) -> bool {
        COMPARISONS.with(|c| c.set(c.get() + 1));
        self.0 == other.0
    }
}

impl Eq for CountedKey {}

impl Hash for CountedKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

fn comparisons_for(items: Vec<String>) -> (usize, Vec<String>) {
    COMPARISONS.with(|c| c.set(0));
    let unique = unique_by_key(items, |s| CountedKey(s.clone()));
    (COMPARISONS.with(|c| c.get()), unique)
}

#[test]
fn comparisons_grow_linearly_with_distinct_keys() {
    let n = 4_000;
    let items: Vec<String> = (0..n).map(|i| format!("user{i}@example.com")).collect();
    let (comparisons, unique) = comparisons_for(items);
    assert_eq!(unique.len(), n);
    assert!(
        comparisons <= 2 * n,
        "{comparisons} key comparisons for {n} distinct items; expected at most {}",
        2 * n
    );
}

#[test]
fn comparisons_grow_linearly_with_many_duplicates() {
    let n = 6_000;
    let items: Vec<String> = (0..n).map(|i| format!("user{}@example.com", i % 1_500)).collect();
    let (comparisons, unique) = comparisons_for(items);
    assert_eq!(unique.len(), 1_500);
    assert!(
        comparisons <= 3 * n,
        "{comparisons} key comparisons for {n} items; expected at most {}",
        3 * n
    );
}

/// A key whose hash says little (only its length): different keys collide on purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CollidingKey(String);

impl Hash for CollidingKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.len().hash(state);
    }
}

#[test]
fn keys_whose_hashes_collide_are_still_told_apart() {
    let items: Vec<String> = (0..60).map(|i| format!("user{:03}@example.com", i % 40)).collect();
    let unique = unique_by_key(items, |s| CollidingKey(s.clone()));
    let want: Vec<String> = (0..40).map(|i| format!("user{i:03}@example.com")).collect();
    assert_eq!(unique, want);
}

#[test]
fn keeps_first_occurrence_in_input_order() {
    let items = vec!["b1", "a1", "b2", "c1", "a2", "c2", "d1"];
    let unique = unique_by_key(items, |s| s.chars().next().unwrap());
    assert_eq!(unique, vec!["b1", "a1", "c1", "d1"]);
}

#[test]
fn empty_input_gives_empty_output() {
    let unique: Vec<u32> = unique_by_key(Vec::<u32>::new(), |x| *x);
    assert!(unique.is_empty());
}

#[test]
fn key_function_is_called_once_per_item() {
    let mut calls = 0;
    let unique = unique_by_key(vec![3, 1, 3, 2, 1], |x| {
        calls += 1;
        *x
    });
    assert_eq!(unique, vec![3, 1, 2]);
    assert_eq!(calls, 5);
}

#[test]
fn merging_large_books_keeps_order_and_first_names() {
    let crm: Vec<Contact> = (0..3_000)
        .map(|i| Contact::new(&format!("CRM {i}"), &format!("Person{i}@Example.com")))
        .collect();
    let phone: Vec<Contact> = (0..3_000)
        .rev()
        .map(|i| Contact::new(&format!("Phone {i}"), &format!("person{}@example.com", i * 2)))
        .collect();
    let merged = merge_address_books(&[crm, phone]);
    assert_eq!(merged.len(), 4_500);
    assert_eq!(merged[0], Contact::new("CRM 0", "Person0@Example.com"));
    assert_eq!(merged[2_999].name, "CRM 2999");
    assert_eq!(merged[3_000], Contact::new("Phone 2999", "person5998@example.com"));
    assert_eq!(merged[4_499].name, "Phone 1500");
}
