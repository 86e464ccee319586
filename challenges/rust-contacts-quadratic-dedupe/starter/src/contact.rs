use crate::dedupe::unique_by_key;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub email: String,
}

impl Contact {
    pub fn new(name: &str, email: &str) -> Contact {
        Contact { name: name.to_string(), email: email.to_string() }
    }
}

/// The form of an e-mail address used to decide whether two contacts are
/// the same person: surrounding spaces removed, lowercased.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Concatenates the books in order and keeps the first contact for each
/// e-mail address. Contacts without an address are dropped.
pub fn merge_address_books(books: &[Vec<Contact>]) -> Vec<Contact> {
    let all = books
        .iter()
        .flatten()
        .filter(|c| !c.email.trim().is_empty())
        .cloned();
    unique_by_key(all, |c| normalize_email(&c.email))
}
