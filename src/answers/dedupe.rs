//! One record per respondent: copies of a respondent (exported twice, or
//! from two devices) are combined field by field, as the forms' import
//! does. A field on one side only is taken; where copies differ, the one
//! changed last wins and the others are listed as conflicts, values in
//! full, so that nothing typed is lost.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Field, Problem, Record};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Conflict {
    pub questionnaire: String,
    pub respondent: String,
    pub field: String,
    /// (source, changed, value) of the copy kept.
    pub kept: (String, String, String),
    /// The same of every other copy whose value differs.
    pub set_aside: Vec<(String, String, String)>,
}

/// Groups the records by questionnaire and respondent and combines each
/// group into one record.
pub fn dedupe(records: Vec<Record>, problems: &mut Vec<Problem>) -> BTreeMap<String, Vec<Record>> {
    let mut groups: BTreeMap<(String, String), Vec<Record>> = BTreeMap::new();
    for r in records {
        groups
            .entry((r.questionnaire.clone(), r.respondent.clone()))
            .or_default()
            .push(r);
    }
    let mut out: BTreeMap<String, Vec<Record>> = BTreeMap::new();
    for ((questionnaire, _), copies) in groups {
        out.entry(questionnaire)
            .or_default()
            .push(combine(copies, problems));
    }
    out
}

/// The copies of one respondent as one record. The newest saved copy gives
/// what is not a field (language, guide version, clock); `started` is the
/// earliest.
fn combine(mut copies: Vec<Record>, problems: &mut Vec<Problem>) -> Record {
    // Newest saved last; ties by source, so that the result never depends
    // on the order in which files were given.
    copies.sort_by(|a, b| (&a.saved, &a.source).cmp(&(&b.saved, &b.source)));
    let Some(mut merged) = copies.pop() else {
        unreachable!("a group has at least one record");
    };
    if copies.is_empty() {
        return merged;
    }
    let sources: Vec<String> = copies.iter().map(|c| c.source.clone()).collect();
    problems.push(Problem::Notice {
        source: merged.source.clone(),
        message: format!(
            "respondent `{}` of `{}` is also in {}: combined field by field, the newest change of each field kept",
            merged.respondent,
            merged.questionnaire,
            sources.join(", ")
        ),
    });
    for copy in &copies {
        if copy.started < merged.started {
            merged.started.clone_from(&copy.started);
        }
        for (id, kind) in copy.questions.iter() {
            std::sync::Arc::make_mut(&mut merged.questions)
                .entry(id.clone())
                .or_insert_with(|| kind.clone());
        }
    }
    let mut names: Vec<&Arc<str>> = copies.iter().flat_map(|c| c.fields.keys()).collect();
    names.sort();
    names.dedup();
    let mut updates: Vec<(Arc<str>, Field)> = Vec::new();
    for name in names {
        let mut candidates: Vec<(&str, &Field)> = copies
            .iter()
            .filter_map(|c| c.fields.get(name).map(|f| (c.source.as_str(), f)))
            .collect();
        if let Some(f) = merged.fields.get(name) {
            candidates.push((merged.source.as_str(), f));
        }
        // The newest change wins; on equal times the newest saved copy
        // (last in the list, and `max_by` returns the last of equals).
        let Some(&(kept_source, kept)) = candidates
            .iter()
            .max_by(|a, b| a.1.changed.cmp(&b.1.changed))
        else {
            continue;
        };
        let set_aside: Vec<(String, String, String)> = candidates
            .iter()
            .filter(|(_, f)| f.value != kept.value)
            .map(|(s, f)| (s.to_string(), f.changed.to_string(), f.value.joined()))
            .collect();
        if !set_aside.is_empty() {
            problems.push(Problem::Conflict(Conflict {
                questionnaire: merged.questionnaire.clone(),
                respondent: merged.respondent.clone(),
                field: name.to_string(),
                kept: (
                    kept_source.to_string(),
                    kept.changed.to_string(),
                    kept.value.joined(),
                ),
                set_aside,
            }));
        }
        updates.push((Arc::clone(name), kept.clone()));
    }
    for (name, field) in updates {
        merged.fields.insert(name, field);
    }
    merged
}
