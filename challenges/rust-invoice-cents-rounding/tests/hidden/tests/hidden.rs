use invoice::{parse_amount, AmountError, Cents, Invoice, InvoiceError};

#[test]
fn nineteen_ninety_nine_is_1999_cents() {
    assert_eq!(parse_amount("19.99"), Ok(Cents(1999)));
}

#[test]
fn small_prices_keep_every_cent() {
    assert_eq!(parse_amount("0.29"), Ok(Cents(29)));
    assert_eq!(parse_amount("0.57"), Ok(Cents(57)));
    assert_eq!(parse_amount("1.15"), Ok(Cents(115)));
    assert_eq!(parse_amount("4.35"), Ok(Cents(435)));
}

#[test]
fn every_two_decimal_price_up_to_twenty_dollars_round_trips() {
    for cents in 0..=2000i64 {
        let text = format!("{}.{:02}", cents / 100, cents % 100);
        assert_eq!(parse_amount(&text), Ok(Cents(cents)), "parsing {text}");
        assert_eq!(Cents(cents).to_string(), text);
    }
}

#[test]
fn invoice_with_ninety_nine_cent_prices() {
    let inv = Invoice::parse("Ink;19.99;3\nClips;0.29;10\n").unwrap();
    assert_eq!(inv.subtotal(), Cents(6287));
    assert_eq!(inv.total(0).to_string(), "62.87");
}

#[test]
fn whole_and_one_decimal_amounts() {
    assert_eq!(parse_amount("7"), Ok(Cents(700)));
    assert_eq!(parse_amount("0.5"), Ok(Cents(50)));
    assert_eq!(parse_amount("12.30"), Ok(Cents(1230)));
    assert_eq!(parse_amount("250000.00"), Ok(Cents(25_000_000)));
    assert_eq!(parse_amount(".5"), Ok(Cents(50)));
}

#[test]
fn malformed_amounts_are_rejected() {
    assert_eq!(parse_amount("  "), Err(AmountError::Empty));
    for bad in ["abc", "-3.00", "1e3", "1.2.3", "$5", "inf", "."] {
        assert_eq!(parse_amount(bad), Err(AmountError::Invalid(bad.to_string())), "{bad}");
    }
    assert_eq!(parse_amount("1.234"), Err(AmountError::TooPrecise("1.234".into())));
}

#[test]
fn invoice_errors_name_the_line() {
    assert_eq!(
        Invoice::parse("Ink;19.99;3\nClips;0.299;1\n"),
        Err(InvoiceError::BadPrice { line: 2, error: AmountError::TooPrecise("0.299".into()) })
    );
    assert_eq!(Invoice::parse("Ink;19.99\n"), Err(InvoiceError::Malformed { line: 1 }));
    assert_eq!(Invoice::parse("Ink;1;-2\n"), Err(InvoiceError::BadQuantity { line: 1 }));
}

#[test]
fn tax_rounds_half_up() {
    let inv = Invoice::parse("Widget;0.10;1\n").unwrap();
    assert_eq!(inv.tax(500), Cents(1)); // 0.5 cent -> 1
    assert_eq!(inv.tax(400), Cents(0)); // 0.4 cent -> 0
}
