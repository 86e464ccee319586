//! Imports grade sheets exported by the school's spreadsheet as
//! `student,score` lines.
//!
//! Blank lines and lines starting with `#` are ignored. Scores are whole
//! numbers from 0 to 100. Any other input is rejected with a [`ParseError`]
//! naming the line, so that the teacher can fix the sheet: the importer is
//! used by a long-running web service and must never panic on bad input.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    pub student: String,
    pub score: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParseError {
    /// The line has no comma, or no student name.
    MissingField { line: usize },
    /// The score is not a whole number.
    InvalidScore { line: usize, value: String },
    /// The score is a whole number above 100.
    OutOfRange { line: usize, score: u32 },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::MissingField { line } => {
                write!(f, "line {line}: expected `student,score`")
            }
            ParseError::InvalidScore { line, value } => {
                write!(f, "line {line}: score {value:?} is not a whole number")
            }
            ParseError::OutOfRange { line, score } => {
                write!(f, "line {line}: score {score} is above 100")
            }
        }
    }
}

impl std::error::Error for ParseError {}

/// Parses a whole grade sheet.
pub fn parse_grades(input: &str) -> Result<Vec<Grade>, ParseError> {
    let mut grades = Vec::new();
    for (index, raw) in input.lines().enumerate() {
        let line = index + 1;
        let text = raw.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let (student, score) = text
            .split_once(',')
            .ok_or(ParseError::MissingField { line })?;
        let student = student.trim();
        if student.is_empty() {
            return Err(ParseError::MissingField { line });
        }
        let score = score.trim();
        let score: u32 = score.parse().map_err(|_| ParseError::InvalidScore {
            line,
            value: score.to_string(),
        })?;
        if score > 100 {
            return Err(ParseError::OutOfRange { line, score });
        }
        grades.push(Grade {
            student: student.to_string(),
            score: score as u8,
        });
    }
    Ok(grades)
}

/// Mean score, or `None` for an empty sheet.
pub fn average(grades: &[Grade]) -> Option<f64> {
    if grades.is_empty() {
        return None;
    }
    let total: u32 = grades.iter().map(|g| u32::from(g.score)).sum();
    Some(f64::from(total) / grades.len() as f64)
}
