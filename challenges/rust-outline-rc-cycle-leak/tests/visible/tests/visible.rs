use outline::Outline;

const DOC: &str = "\
# Guide
Intro text.
## Install
### Linux
### macOS
## Configure
# Reference
#not-a-heading
";

#[test]
fn builds_heading_tree() {
    let outline = Outline::from_markdown(DOC);
    assert_eq!(outline.len(), 6);
    let top: Vec<String> = outline.root().children().iter().map(|n| n.value.title.clone()).collect();
    assert_eq!(top, ["Guide", "Reference"]);
}

#[test]
fn breadcrumb_for_nested_heading() {
    let outline = Outline::from_markdown(DOC);
    let linux = outline.find("Linux").unwrap();
    assert_eq!(Outline::breadcrumb(&linux), "Guide > Install > Linux");
}
