use contacts::{merge_address_books, Contact};

#[test]
fn merges_books_keeping_first_contact_per_address() {
    let phone = vec![Contact::new("Ada", "ada@example.com"), Contact::new("Bob", "bob@example.com")];
    let mail = vec![Contact::new("Ada Lovelace", " ADA@example.com"), Contact::new("Cy", "cy@example.com")];
    assert_eq!(
        merge_address_books(&[phone, mail]),
        vec![
            Contact::new("Ada", "ada@example.com"),
            Contact::new("Bob", "bob@example.com"),
            Contact::new("Cy", "cy@example.com"),
        ]
    );
}

#[test]
fn contacts_without_address_are_dropped() {
    let book = vec![Contact::new("Nobody", "  "), Contact::new("Eve", "eve@example.com")];
    assert_eq!(merge_address_books(&[book]), vec![Contact::new("Eve", "eve@example.com")]);
}
