use crate::CalcError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    Num(i64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

/// Splits a formula into tokens. Spaces and tabs separate tokens but are
/// otherwise ignored; they are never required.
pub fn tokenize(input: &str) -> Result<Vec<Token>, CalcError> {
    let mut tokens = Vec::new();
    let mut chars = input.char_indices().peekable();

    while let Some(&(at, c)) = chars.peek() {
        let single = match c {
            ' ' | '\t' => {
                chars.next();
                continue;
            }
            '0'..='9' => {
                // take_while would also consume the first non-digit (the
                // operator after the number); peek before taking instead.
                let mut digits = String::new();
                while let Some((_, d)) = chars.next_if(|&(_, d)| d.is_ascii_digit()) {
                    digits.push(d);
                }
                let n = digits.parse().map_err(|_| CalcError::NumberTooLarge(at))?;
                tokens.push(Token::Num(n));
                continue;
            }
            '+' => Token::Plus,
            '-' => Token::Minus,
            '*' => Token::Star,
            '/' => Token::Slash,
            '(' => Token::LParen,
            ')' => Token::RParen,
            other => return Err(CalcError::UnexpectedChar(other, at)),
        };
        chars.next();
        tokens.push(single);
    }
    Ok(tokens)
}
