//! The bundled study: its four interview guides carry every question and
//! follow-up of their sources. These counts and texts change only when a
//! guide is deliberately edited; an accidental loss shows here.

use std::path::Path;

use enquete::model::{Content, Form, QuestionKind, Study, TranslatedText};

fn study() -> Study {
    let checked = enquete::check(Path::new(env!("CARGO_MANIFEST_DIR")), true);
    assert!(
        !checked.diagnostics.has_errors() && checked.diagnostics.items().is_empty(),
        "{}",
        checked.diagnostics.render_short(&checked.sources)
    );
    checked.study.expect("the bundled study is valid").0
}

fn nl(text: &TranslatedText) -> &str {
    &text.get("nl").expect("Dutch is the source language").source
}

struct Summary {
    sections: Vec<String>,
    questions: usize,
    notes: usize,
    probes: usize,
    first: String,
    last: String,
}

fn summary(study: &Study, id: &str) -> Summary {
    let doc = study
        .document(id)
        .unwrap_or_else(|| panic!("no questionnaire {id}"));
    let Content::Form(form) = &doc.content else {
        panic!("{id} is not a form")
    };
    // The respondent profile, filled in by the interviewer, is not part of
    // the source's questions.
    let source_questions: Vec<_> = source_part(form)
        .flat_map(|s| &s.questions)
        .filter(|q| q.kind.is_answerable())
        .collect();
    Summary {
        sections: form
            .sections
            .iter()
            .map(|s| nl(&s.title).to_string())
            .collect(),
        questions: source_questions.len(),
        notes: form.questions().filter(|q| !q.kind.is_answerable()).count(),
        probes: form.questions().map(|q| q.probes.len()).sum(),
        first: nl(&source_questions.first().unwrap().text).to_string(),
        last: nl(&source_questions.last().unwrap().text).to_string(),
    }
}

fn source_part(form: &Form) -> impl Iterator<Item = &enquete::model::Section> {
    form.sections.iter().filter(|s| s.id != "profile")
}

fn profile_questions(study: &Study, id: &str) -> Vec<String> {
    let Content::Form(form) = &study.document(id).unwrap().content else {
        unreachable!()
    };
    let profile = form
        .sections
        .iter()
        .find(|s| s.id == "profile")
        .expect("a respondent profile section");
    profile.questions.iter().map(|q| q.id.clone()).collect()
}

#[test]
fn policymaker_guide() {
    let s = summary(&study(), "policymaker");
    assert_eq!(
        s.sections,
        [
            "Voorstelling",
            "1. Beschrijving van de interventie: buddywerkingen",
            "2. Resultaten en mechanismen van de interventie — I. Algemene doelstellingen (visie respondent)",
            "2. Resultaten en mechanismen van de interventie — II. Integratie",
            "2. Resultaten en mechanismen van de interventie — III. Sociale netwerken en participatie",
            "2. Resultaten en mechanismen van de interventie — IV. Informeel aanspreekpunt",
            "2. Resultaten en mechanismen van de interventie — V. Verhouding professional-vrijwilliger",
            "Slot",
            "Respondentprofiel",
        ]
    );
    assert_eq!((s.questions, s.notes, s.probes), (30, 5, 48));
    assert_eq!(
        s.first,
        "Kan u uzelf, uw functie en de organisatie waarvoor u werkt kort beschrijven?"
    );
    assert_eq!(
        s.last,
        "Tot slot, zijn er nog personen binnen de Vlaamse overheid die u zou aanduiden voor een gesprek over buddywerkingen met nieuwkomers?"
    );
}

#[test]
fn coordinator_guide() {
    let s = summary(&study(), "coordinator");
    assert_eq!(
        s.sections,
        [
            "Fase 1: Inleidende vragen",
            "Fase 2: Doelstelling van netwerkverbreding",
            "Fase 3: Systematiek van de case",
            "Fase 4: Slot",
            "Respondentprofiel",
        ]
    );
    assert_eq!((s.questions, s.notes, s.probes), (43, 0, 69));
    assert_eq!(
        s.first,
        "Kan u uzelf en uw functie binnen de buddywerking kort beschrijven?"
    );
    assert_eq!(
        s.last,
        "Is er nog iets dat u zou willen toevoegen om mij beter te doen begrijpen hoe het buddyprogramma hier bijdraagt tot netwerkverbreding?"
    );
}

#[test]
fn buddy_guide() {
    let s = summary(&study(), "buddy");
    assert_eq!(
        s.sections,
        [
            "Fase 1: Inleidende vragen — Werving & matching",
            "Fase 1: Inleidende vragen — Kenmerken van het buddyproject",
            "Fase 2: Doelstelling van netwerkverbreding",
            "Fase 3: Mechanismen — Dialoog",
            "Fase 3: Mechanismen — Gelijkwaardigheid/wederkerigheid",
            "Fase 3: Mechanismen — Vertrouwen",
            "Fase 3: Mechanismen — Algemeen",
            "Fase 4: Slot",
            "Respondentprofiel",
        ]
    );
    assert_eq!((s.questions, s.notes, s.probes), (46, 2, 48));
    assert_eq!(
        s.first,
        "Kan u eens vertellen hoe u bij de buddywerking bent terecht gekomen?"
    );
    assert_eq!(
        s.last,
        "Is er nog iets dat u zou willen toevoegen om mij beter te doen begrijpen hoe u via het buddyproject heeft bijgedragen tot de netwerkverbreding van de nieuwkomer?"
    );
}

#[test]
fn newcomer_guide() {
    let study = study();
    let s = summary(&study, "newcomer");
    assert_eq!(s.sections, ["Intro", "Midden", "Slot", "Respondentprofiel"]);
    assert_eq!((s.questions, s.notes, s.probes), (33, 0, 0));
    assert_eq!(s.first, "Je mag starten met jezelf eens voor te stellen.");
    assert_eq!(
        s.last,
        "Is er nog iets wat je zou willen toevoegen of wil vertellen over jouw ervaring met het buddyproject?"
    );
    // The Most Significant Change prompt, with the source's prompts around it.
    let Content::Form(form) = &study.document("newcomer").unwrap().content else {
        unreachable!()
    };
    let closing: Vec<_> = form.sections[2].questions.iter().collect();
    let msc = closing
        .iter()
        .position(|q| matches!(q.kind, QuestionKind::Msc { .. }))
        .expect("an MSC question");
    assert_eq!(
        nl(&closing[msc].text),
        "Wat is voor jou het belangrijkste resultaat van de buddywerking of de belangrijkste verandering voor jou? Waarom?"
    );
    assert_eq!(
        nl(&closing[msc + 1].text),
        "Welk moment of welke herinnering aan je buddy ga je nooit vergeten?"
    );
    // Appendix V gives the English wording: it is used.
    assert_eq!(
        closing[msc + 1].text.get("en").unwrap().source.as_ref(),
        "What moment or memory of your buddy will you never forget?"
    );
    // Country of origin and year of arrival are recorded; nothing asks about
    // the home country or the journey.
    assert_eq!(profile_questions(&study, "newcomer").len(), 3);
    for q in form.questions() {
        let text = nl(&q.text).to_lowercase();
        assert!(
            !text.contains("reis") && !text.contains("thuisland"),
            "{}",
            q.id
        );
    }
}

#[test]
fn guides_use_the_consent_practice_of_the_study() {
    let study = study();
    let consent = |id: &str| match &study.document(id).unwrap().content {
        Content::Form(f) => f.consent.clone(),
        _ => None,
    };
    assert_eq!(consent("policymaker").as_deref(), Some("consent-written"));
    assert_eq!(consent("coordinator").as_deref(), Some("consent-written"));
    assert_eq!(consent("buddy").as_deref(), Some("consent-written"));
    // A signature can signal distrust: newcomers give verbal consent.
    assert_eq!(consent("newcomer").as_deref(), Some("consent-verbal"));
}

#[test]
fn respondent_profiles_record_no_names() {
    let study = study();
    for id in ["policymaker", "coordinator", "buddy", "newcomer"] {
        let questions = profile_questions(&study, id);
        assert!(questions.iter().any(|q| q == "sex"), "{id}: {questions:?}");
        assert!(
            !questions.iter().any(|q| q.contains("name")),
            "{id}: {questions:?}"
        );
    }
}

#[test]
fn every_text_is_in_dutch_english_and_french() {
    let study = study();
    for doc in &study.documents {
        if let Content::Form(form) = &doc.content {
            for q in form.questions() {
                for text in std::iter::once(&q.text).chain(&q.probes) {
                    for lang in ["nl", "en", "fr"] {
                        assert!(text.contains(lang), "{}: {} has no {lang}", doc.id, q.id);
                    }
                }
                if let QuestionKind::Single { options, .. } = &q.kind {
                    for o in options {
                        assert!(o.label.contains("fr"), "{}: {}", doc.id, q.id);
                    }
                }
            }
        }
    }
}
