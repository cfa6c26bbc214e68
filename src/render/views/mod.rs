//! Plain view structs for templates, built from the validated model with
//! every text already rendered for the page's language.

pub mod codebook;
pub mod document;
pub mod form;
pub mod page;
pub mod routing;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::model::Duration;
use crate::render::text::TextRenderer;

#[derive(Serialize, Clone)]
pub struct DurationView {
    pub min: u32,
    pub max: u32,
    /// "60 min" or "60–90 min", in the page's language.
    pub label: String,
}

pub fn duration_view(t: &TextRenderer, d: Option<Duration>) -> Option<DurationView> {
    d.map(|d| {
        let mut args = FluentArgs::new();
        args.set("min", d.min);
        args.set("max", d.max);
        let id = if d.min == d.max {
            "duration-minutes"
        } else {
            "duration-range"
        };
        DurationView {
            min: d.min,
            max: d.max,
            label: t.ui_with(id, &args),
        }
    })
}
