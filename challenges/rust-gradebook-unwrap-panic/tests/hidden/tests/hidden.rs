use gradebook::{average, parse_grades, Grade, ParseError};

#[test]
fn word_instead_of_score_is_an_error_not_a_panic() {
    assert_eq!(
        parse_grades("Ada,91\nLinus,ninety\n"),
        Err(ParseError::InvalidScore { line: 2, value: "ninety".into() })
    );
}

#[test]
fn empty_score_is_an_error() {
    assert_eq!(
        parse_grades("Ada,\n"),
        Err(ParseError::InvalidScore { line: 1, value: "".into() })
    );
}

#[test]
fn negative_and_decimal_scores_are_errors() {
    assert_eq!(
        parse_grades("Ada,-5"),
        Err(ParseError::InvalidScore { line: 1, value: "-5".into() })
    );
    assert_eq!(
        parse_grades("# header\nAda, 87.5 "),
        Err(ParseError::InvalidScore { line: 2, value: "87.5".into() })
    );
}

#[test]
fn invalid_score_message_names_line_and_value() {
    let err = parse_grades("\n\nAda,A+").unwrap_err();
    assert_eq!(err.to_string(), "line 3: score \"A+\" is not a whole number");
}

#[test]
fn score_above_one_hundred_is_out_of_range() {
    assert_eq!(
        parse_grades("Ada,101"),
        Err(ParseError::OutOfRange { line: 1, score: 101 })
    );
}

#[test]
fn missing_student_name_is_an_error() {
    assert_eq!(parse_grades(" ,50"), Err(ParseError::MissingField { line: 1 }));
}

#[test]
fn boundaries_and_whitespace_are_accepted() {
    let grades = parse_grades("  Ada , 0 \r\nGrace,100\r\n").unwrap();
    assert_eq!(
        grades,
        vec![
            Grade { student: "Ada".into(), score: 0 },
            Grade { student: "Grace".into(), score: 100 },
        ]
    );
}

#[test]
fn empty_sheet_has_no_average() {
    let grades = parse_grades("# nothing yet\n").unwrap();
    assert!(grades.is_empty());
    assert_eq!(average(&grades), None);
}
