//! Merges the address books that users import from their phones, mail
//! accounts and CRM exports into one contact list.

mod contact;
mod dedupe;

pub use contact::{merge_address_books, normalize_email, Contact};
pub use dedupe::unique_by_key;
