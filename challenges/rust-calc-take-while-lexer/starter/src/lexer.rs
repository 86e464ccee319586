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
                let digits: String = chars
                    .by_ref()
                    .map(|(_, d)| d)
                    .take_while(|d| d.is_ascii_digit())
                    .collect();
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
