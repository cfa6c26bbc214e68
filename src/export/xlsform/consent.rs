//! The consent document of a questionnaire, at the start of its XLSForm:
//! a group named as the consent document, its purpose and each item as the
//! interviewer reads them, optional items as yes/no questions (they may be
//! refused without ending the interview) and a required acknowledgement,
//! so that no answer is recorded before consent is.

use crate::model::{Consent, ConsentMode, Content, Document, ItemText};
use crate::render::text::TextRenderer;
use crate::render::views::document::consent_view;

use super::sheet::{ChoiceRow, SurveyRow};
use super::survey::{Builder, end_group};
use super::text::Localised;

impl Builder<'_, '_> {
    /// The consent rows, and the notes on what they leave to paper.
    pub fn consent(
        &mut self,
        doc: &Document,
        sanitizer: &ammonia::Builder<'static>,
    ) -> Vec<String> {
        let Content::Consent(consent) = &doc.content else {
            return Vec::new();
        };
        let group = self.names.for_id(&doc.id);
        let mut title = self
            .texts
            .text(&doc.title, &format!("{}/title", doc.id), true);
        if let Some(version) = &doc.version {
            title = title.each(|t| format!("{t} ({version})"));
        }
        self.rows.push(SurveyRow {
            kind: "begin_group".into(),
            name: group.clone(),
            label: Some(title.clone()),
            ..SurveyRow::default()
        });
        for (field, text) in [("intro", &consent.intro), ("purpose", &consent.purpose)] {
            if let Some(text) = text {
                let label = self.texts.text(text, &format!("{}/{field}", doc.id), false);
                self.rows.push(SurveyRow {
                    kind: "note".into(),
                    name: self.names.for_row(&format!("{group}_{field}")),
                    label: Some(label),
                    ..SurveyRow::default()
                });
            }
        }
        self.consent_items(doc, consent, &group, sanitizer);
        let agreed = self.texts.ui("consent-agreed");
        let instruction = match consent.mode {
            ConsentMode::Verbal => Some(self.texts.ui("consent-script-instruction")),
            ConsentMode::Written => None,
        };
        self.rows.push(SurveyRow {
            kind: "acknowledge".into(),
            name: self.names.for_row(&format!("{group}_agreed")),
            label: Some(Localised(
                title
                    .0
                    .iter()
                    .zip(&agreed.0)
                    .map(|(t, a)| format!("{t}: {a}"))
                    .collect(),
            )),
            hint: instruction,
            required: true,
            ..SurveyRow::default()
        });
        self.rows.push(end_group(&group));
        match consent.mode {
            ConsentMode::Written => vec![format!(
                "`{}` is a written consent: the XLSForm records the respondent's acknowledgement, not a signature; print the signed sheets from enquete's site",
                doc.id
            )],
            ConsentMode::Verbal => Vec::new(),
        }
    }

    fn consent_items(
        &mut self,
        doc: &Document,
        consent: &Consent,
        group: &str,
        sanitizer: &ammonia::Builder<'static>,
    ) {
        // The built-in wording is filled from `privacy:` and `ethics:` as
        // on the printed sheet: the sheet's own view gives it.
        let study = self.texts.study;
        let locales = self.texts.locales;
        let views: Vec<_> = study
            .languages
            .iter()
            .map(|l| {
                let mut r = TextRenderer::new(study, locales, &l.code, sanitizer);
                consent_view(&mut r, study, doc, consent).items
            })
            .collect();
        let yes_no = consent.items.iter().any(|i| i.optional).then(|| {
            let list = self.lists.for_row("yes_no");
            for (value, message) in [("yes", "consent-yes"), ("no", "consent-no")] {
                self.choices.push(ChoiceRow {
                    list: list.clone(),
                    name: value.into(),
                    label: self.texts.ui(message),
                });
            }
            list
        });
        for (i, item) in consent.items.iter().enumerate() {
            let text = match &item.text {
                ItemText::Study(text) => {
                    self.texts
                        .text(text, &format!("{}/items/{}", doc.id, item.id), false)
                }
                ItemText::Builtin { .. } => {
                    Localised(views.iter().map(|v| v[i].text.plain.clone()).collect())
                }
            };
            let name = self.names.for_row(&format!("{group}_{}", item.id));
            let row = match (&yes_no, item.optional) {
                (Some(list), true) => SurveyRow {
                    kind: format!("select_one {list}"),
                    name,
                    label: Some(text),
                    required: true,
                    ..SurveyRow::default()
                },
                _ => SurveyRow {
                    kind: "note".into(),
                    name,
                    label: Some(text),
                    ..SurveyRow::default()
                },
            };
            self.rows.push(row);
        }
    }
}
