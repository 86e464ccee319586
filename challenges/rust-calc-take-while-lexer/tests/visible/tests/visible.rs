use calc::{eval, CalcError};

#[test]
fn evaluates_spaced_formulas_with_precedence() {
    assert_eq!(eval("1 + 2 * 3"), Ok(7));
    assert_eq!(eval("( 1 + 2 ) * 3"), Ok(9));
    assert_eq!(eval("100 / 7 - 4"), Ok(10));
}

#[test]
fn division_by_zero_is_an_error() {
    assert_eq!(eval("8 / 0"), Err(CalcError::DivisionByZero));
}
