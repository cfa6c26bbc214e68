//! `relevant` expressions: XPath that decides whether ODK asks a row.
//! Every expression the export writes is made here, so that names are
//! quoted one way (`${name}`) and values another (`'value'`).

/// True when `value` is chosen in the select question `name`;
/// `selected()` works for select_one and select_multiple alike.
pub fn selected(name: &str, value: &str) -> String {
    format!("selected(${{{name}}}, '{value}')")
}
