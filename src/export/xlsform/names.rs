//! XLSForm names: every row of a form needs one, unique in the whole form
//! (pyxform refuses a repeated name even in different groups) and an XML
//! name (no leading digit or `-`). enquete's ids are close to that but not
//! the same, and the export adds rows of its own (`_other`, `_why`...), so
//! every name goes through one allocator.

use std::collections::BTreeSet;

#[derive(Default)]
pub struct Names {
    taken: BTreeSet<String>,
    /// The names the study's ids will take: a row the export adds never
    /// takes one of them, so that ids keep their names wherever they can.
    reserved: BTreeSet<String>,
    /// Ids that could not be kept as they are: `(id, name)`, for the notes.
    pub renamed: Vec<(String, String)>,
}

impl Names {
    /// Names that keep `ids` free for [`for_id`](Self::for_id).
    pub fn reserving<'i>(ids: impl IntoIterator<Item = &'i str>) -> Names {
        Names {
            reserved: ids
                .into_iter()
                .map(|id| xml_name(id).to_lowercase())
                .collect(),
            ..Names::default()
        }
    }

    /// A name for an enquete id: the id itself where it is free and a valid
    /// XML name, so that ODK's columns match enquete's.
    pub fn for_id(&mut self, id: &str) -> String {
        let name = self.claim(&xml_name(id), false);
        if name != id {
            self.renamed.push((id.to_string(), name.clone()));
        }
        name
    }

    /// A name for a row the export adds (`newcomer_other`, `consent`).
    pub fn for_row(&mut self, wanted: &str) -> String {
        self.claim(&xml_name(wanted), true)
    }

    /// The wanted name, or the first of `wanted_2`, `wanted_3`... that is
    /// free. XML names are case-sensitive but pyxform compares them
    /// ignoring case; ids are lowercase, so lowercase is compared.
    fn claim(&mut self, wanted: &str, avoid_reserved: bool) -> String {
        let mut name = wanted.to_string();
        let mut n = 2;
        let busy = |names: &Names, name: &str| {
            let lower = name.to_lowercase();
            names.taken.contains(&lower) || (avoid_reserved && names.reserved.contains(&lower))
        };
        while busy(self, &name) {
            name = format!("{wanted}_{n}");
            n += 1;
        }
        self.taken.insert(name.to_lowercase());
        name
    }
}

/// An XML name starts with a letter or `_`; ids may start with a digit or `-`.
fn xml_name(id: &str) -> String {
    match id.chars().next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => id.to_string(),
        _ => format!("q_{id}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_kept_unless_taken_or_not_xml_names() {
        let mut names = Names::reserving(["start", "intro"]);
        assert_eq!(names.for_row("start"), "start_2");
        assert_eq!(names.for_id("start"), "start");
        assert_eq!(names.for_id("intro"), "intro");
        assert_eq!(names.for_id("intro"), "intro_2");
        assert_eq!(names.for_id("3-kids"), "q_3-kids");
        assert_eq!(names.for_row("intro_other"), "intro_other");
        assert_eq!(names.for_id("intro_other"), "intro_other_2");
        assert_eq!(
            names.renamed,
            [
                ("intro".to_string(), "intro_2".to_string()),
                ("3-kids".to_string(), "q_3-kids".to_string()),
                ("intro_other".to_string(), "intro_other_2".to_string()),
            ]
        );
    }
}
