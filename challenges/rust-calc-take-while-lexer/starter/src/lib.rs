//! Integer arithmetic for the spreadsheet's formula bar: `+ - * /`,
//! parentheses and unary minus, with the usual precedence.

mod lexer;
mod parser;

use std::fmt;

pub use lexer::{tokenize, Token};

#[derive(Debug, Clone, PartialEq)]
pub enum CalcError {
    /// A character that is not part of the formula language, and its byte offset.
    UnexpectedChar(char, usize),
    /// A number literal that does not fit in an i64, and its byte offset.
    NumberTooLarge(usize),
    /// A token where it does not belong.
    UnexpectedToken(Token),
    /// The formula stopped in the middle of an expression.
    UnexpectedEnd,
    DivisionByZero,
    Overflow,
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalcError::UnexpectedChar(c, at) => write!(f, "unexpected {c:?} at {at}"),
            CalcError::NumberTooLarge(at) => write!(f, "number at {at} is too large"),
            CalcError::UnexpectedToken(t) => write!(f, "unexpected {t:?}"),
            CalcError::UnexpectedEnd => write!(f, "formula ends too early"),
            CalcError::DivisionByZero => write!(f, "division by zero"),
            CalcError::Overflow => write!(f, "result does not fit"),
        }
    }
}

impl std::error::Error for CalcError {}

/// Evaluates a formula such as `(1 + 2) * 3`.
pub fn eval(formula: &str) -> Result<i64, CalcError> {
    let tokens = tokenize(formula)?;
    parser::Parser::new(&tokens).parse()
}
