use invoice::{parse_amount, Cents, Invoice};

#[test]
fn parses_round_prices() {
    assert_eq!(parse_amount("5"), Ok(Cents(500)));
    assert_eq!(parse_amount("12.50"), Ok(Cents(1250)));
    assert_eq!(parse_amount(" 0.75 "), Ok(Cents(75)));
}

#[test]
fn invoice_totals_add_up() {
    let inv = Invoice::parse("Paper A4;4.50;10\nStapler;12.25;2\n").unwrap();
    assert_eq!(inv.subtotal(), Cents(6950));
    assert_eq!(inv.tax(2000), Cents(1390));
    assert_eq!(inv.total(2000).to_string(), "83.40");
}
