use calc::{eval, tokenize, CalcError, Token};

#[test]
fn operators_directly_after_numbers() {
    assert_eq!(eval("12+3"), Ok(15));
    assert_eq!(eval("10-4*2"), Ok(2));
    assert_eq!(eval("7/2"), Ok(3));
}

#[test]
fn closing_parenthesis_directly_after_number() {
    assert_eq!(eval("(1+2)*3"), Ok(9));
    assert_eq!(eval("2*(3+4)-5"), Ok(9));
    assert_eq!(eval("((42))"), Ok(42));
}

#[test]
fn tokenizes_compact_formula() {
    assert_eq!(
        tokenize("10/(2+3)"),
        Ok(vec![
            Token::Num(10),
            Token::Slash,
            Token::LParen,
            Token::Num(2),
            Token::Plus,
            Token::Num(3),
            Token::RParen,
        ])
    );
}

#[test]
fn mixed_spacing_gives_same_result() {
    for f in ["6*7", "6 *7", "6* 7", " 6 * 7 ", "6\t*\t7"] {
        assert_eq!(eval(f), Ok(42), "{f:?}");
    }
}

#[test]
fn unary_minus() {
    assert_eq!(eval("-4 + 10"), Ok(6));
    assert_eq!(eval("- ( 2 + 3 ) * 2"), Ok(-10));
}

#[test]
fn unknown_character_reports_offset() {
    assert_eq!(eval("2 $ 3"), Err(CalcError::UnexpectedChar('$', 2)));
}

#[test]
fn too_large_number() {
    assert_eq!(eval("1 + 99999999999999999999"), Err(CalcError::NumberTooLarge(4)));
}

#[test]
fn incomplete_formulas() {
    assert_eq!(eval(""), Err(CalcError::UnexpectedEnd));
    assert_eq!(eval("( 1 + 2"), Err(CalcError::UnexpectedEnd));
    assert_eq!(eval("1 2"), Err(CalcError::UnexpectedToken(Token::Num(2))));
}

#[test]
fn overflow_is_reported() {
    assert_eq!(eval("9223372036854775807 + 1"), Err(CalcError::Overflow));
}
