use crate::{CalcError, Token};

/// Recursive-descent parser and evaluator:
///
/// ```text
/// expr   = term   (('+' | '-') term)*
/// term   = factor (('*' | '/') factor)*
/// factor = NUM | '-' factor | '(' expr ')'
/// ```
pub(crate) struct Parser<'a> {
    tokens: &'a [Token],
    pos: usize,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(tokens: &'a [Token]) -> Self {
        Parser { tokens, pos: 0 }
    }

    pub(crate) fn parse(mut self) -> Result<i64, CalcError> {
        let value = self.expr()?;
        match self.peek() {
            None => Ok(value),
            Some(t) => Err(CalcError::UnexpectedToken(t)),
        }
    }

    fn peek(&self) -> Option<Token> {
        self.tokens.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.peek();
        if t.is_some() {
            self.pos += 1;
        }
        t
    }

    fn expr(&mut self) -> Result<i64, CalcError> {
        let mut value = self.term()?;
        while let Some(op @ (Token::Plus | Token::Minus)) = self.peek() {
            self.next();
            let rhs = self.term()?;
            value = match op {
                Token::Plus => value.checked_add(rhs),
                _ => value.checked_sub(rhs),
            }
            .ok_or(CalcError::Overflow)?;
        }
        Ok(value)
    }

    fn term(&mut self) -> Result<i64, CalcError> {
        let mut value = self.factor()?;
        while let Some(op @ (Token::Star | Token::Slash)) = self.peek() {
            self.next();
            let rhs = self.factor()?;
            value = match op {
                Token::Star => value.checked_mul(rhs).ok_or(CalcError::Overflow)?,
                _ if rhs == 0 => return Err(CalcError::DivisionByZero),
                _ => value.checked_div(rhs).ok_or(CalcError::Overflow)?,
            };
        }
        Ok(value)
    }

    fn factor(&mut self) -> Result<i64, CalcError> {
        match self.next() {
            Some(Token::Num(n)) => Ok(n),
            Some(Token::Minus) => self.factor()?.checked_neg().ok_or(CalcError::Overflow),
            Some(Token::LParen) => {
                let value = self.expr()?;
                match self.next() {
                    Some(Token::RParen) => Ok(value),
                    Some(t) => Err(CalcError::UnexpectedToken(t)),
                    None => Err(CalcError::UnexpectedEnd),
                }
            }
            Some(t) => Err(CalcError::UnexpectedToken(t)),
            None => Err(CalcError::UnexpectedEnd),
        }
    }
}
