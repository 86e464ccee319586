use gradebook::{average, parse_grades, Grade, ParseError};

#[test]
fn parses_a_clean_sheet() {
    let sheet = "# class 4B\nAda, 91\n\nGrace,78\n";
    let grades = parse_grades(sheet).expect("valid sheet");
    assert_eq!(
        grades,
        vec![
            Grade { student: "Ada".into(), score: 91 },
            Grade { student: "Grace".into(), score: 78 },
        ]
    );
    assert_eq!(average(&grades), Some(84.5));
}

#[test]
fn line_without_comma_is_an_error() {
    assert_eq!(
        parse_grades("Ada, 91\nGrace 78\n"),
        Err(ParseError::MissingField { line: 2 })
    );
}
