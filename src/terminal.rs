//! What the `enquete` command says in the terminal, with Fluent's plural
//! rules ("1 warning", "2 warnings"). The terminal speaks English; the
//! site's languages are the study's.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

const MESSAGES: &str = include_str!("terminal.ftl");

pub struct Terminal {
    bundle: FluentBundle<FluentResource>,
}

impl Default for Terminal {
    fn default() -> Self {
        let resource = FluentResource::try_new(MESSAGES.to_string()).unwrap_or_else(|(r, _)| r);
        let mut bundle = FluentBundle::new(vec![
            "en".parse::<unic_langid::LanguageIdentifier>()
                .unwrap_or_default(),
        ]);
        bundle.set_use_isolating(false);
        // The file is ours and its ids unique; a clash would only drop a message.
        let _ = bundle.add_resource(resource);
        Terminal { bundle }
    }
}

impl Terminal {
    /// Message `id` with `args` as `(name, value)` pairs.
    pub fn say(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// "1 warning", "3 warnings": `id` is `warnings`, `errors`, `pages` or `files`.
    pub fn count(&self, id: &str, count: usize) -> String {
        self.say(id, &[("count", FluentValue::from(count))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        let t = Terminal::default();
        assert_eq!(t.count("warnings", 0), "0 warnings");
        assert_eq!(t.count("warnings", 1), "1 warning");
        assert_eq!(t.count("errors", 2), "2 errors");
    }
}
