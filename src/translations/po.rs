//! Reading a gettext PO file back: the entries a translator's tool saved,
//! with the flags and previous messages that tell what the translator
//! decided. Only what `enquete translations export` writes is expected
//! (no plural forms); anything else is a located error, never skipped.

use std::collections::BTreeMap;

/// One message of a PO file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Message {
    pub context: Option<String>,
    pub id: String,
    pub translation: String,
    /// `#, fuzzy`: the translator (or msgmerge) left it for review.
    pub fuzzy: bool,
    /// The line of the message's first keyword, for messages.
    pub line: usize,
}

#[derive(Debug, Default)]
pub struct Catalog {
    /// The header's `Name: value` fields.
    pub header: BTreeMap<String, String>,
    pub messages: Vec<Message>,
}

/// A problem of the file, at its line.
#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Context,
    Id,
    Translation,
}

#[derive(Default)]
struct Pending {
    message: Message,
    /// Which keywords were given, in order.
    seen: Vec<Field>,
    /// The field that continuation strings add to.
    open: Option<Field>,
}

impl Pending {
    fn is_empty(&self) -> bool {
        self.seen.is_empty() && !self.message.fuzzy
    }
}

pub fn parse(text: &str) -> Result<Catalog, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut catalog = Catalog::default();
    let mut pending = Pending::default();
    let mut header_seen = false;
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim();
        let error = |message: String| ParseError {
            line: line_no,
            message,
        };
        if line.is_empty() {
            continue;
        }
        if let Some(flags) = line.strip_prefix("#,") {
            if !pending.seen.is_empty() {
                finish(&mut pending, &mut catalog, &mut header_seen)?;
            }
            if flags.split(',').any(|f| f.trim() == "fuzzy") {
                pending.message.fuzzy = true;
                pending.message.line = line_no;
            }
            continue;
        }
        if line.starts_with('#') {
            // Comments, references, previous messages and obsolete
            // entries (`#~`) carry nothing to import.
            if !pending.seen.is_empty() {
                finish(&mut pending, &mut catalog, &mut header_seen)?;
            }
            continue;
        }
        if line.starts_with('"') {
            let Some(field) = pending.open else {
                return Err(error("a string that follows no keyword".into()));
            };
            let value = unquote(line).map_err(error)?;
            field_mut(&mut pending.message, field).push_str(&value);
            continue;
        }
        let (keyword, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let field = match keyword {
            "msgctxt" => Field::Context,
            "msgid" => Field::Id,
            "msgstr" => Field::Translation,
            "msgid_plural" | "msgstr[0]" | "msgstr[1]" => {
                return Err(error(
                    "plural forms: enquete exports none, so this file was not exported by it"
                        .into(),
                ));
            }
            other => return Err(error(format!("`{other}` is not a PO keyword"))),
        };
        let starts_message = match field {
            Field::Context => true,
            Field::Id => {
                !pending.seen.contains(&Field::Context) || pending.seen.contains(&Field::Id)
            }
            Field::Translation => false,
        };
        if starts_message && !pending.seen.is_empty() {
            finish(&mut pending, &mut catalog, &mut header_seen)?;
        }
        if pending.seen.contains(&field) {
            return Err(error(format!("`{keyword}` twice in one message")));
        }
        if pending.seen.is_empty() && !pending.message.fuzzy {
            pending.message.line = line_no;
        }
        let value = unquote(rest.trim()).map_err(error)?;
        if field == Field::Context {
            pending.message.context = Some(String::new());
        }
        field_mut(&mut pending.message, field).push_str(&value);
        pending.seen.push(field);
        pending.open = Some(field);
    }
    if !pending.is_empty() {
        finish(&mut pending, &mut catalog, &mut header_seen)?;
    }
    Ok(catalog)
}

fn field_mut(message: &mut Message, field: Field) -> &mut String {
    match field {
        Field::Context => message.context.get_or_insert_with(String::new),
        Field::Id => &mut message.id,
        Field::Translation => &mut message.translation,
    }
}

fn finish(
    pending: &mut Pending,
    catalog: &mut Catalog,
    header_seen: &mut bool,
) -> Result<(), ParseError> {
    let done = std::mem::take(pending);
    let line = done.message.line;
    if !done.seen.contains(&Field::Id) || !done.seen.contains(&Field::Translation) {
        return Err(ParseError {
            line,
            message: "a message without its `msgid` or `msgstr`".into(),
        });
    }
    if done.message.id.is_empty() && done.message.context.is_none() {
        if *header_seen {
            return Err(ParseError {
                line,
                message: "a second header (an empty `msgid`)".into(),
            });
        }
        *header_seen = true;
        for field in done.message.translation.lines() {
            if let Some((name, value)) = field.split_once(':') {
                catalog
                    .header
                    .insert(name.trim().to_string(), value.trim().to_string());
            }
        }
        return Ok(());
    }
    catalog.messages.push(done.message);
    Ok(())
}

/// The text of a `"..."` string with its escapes read (C's, as gettext's).
fn unquote(s: &str) -> Result<String, String> {
    let inner = s
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .filter(|_| s.len() >= 2)
        .ok_or_else(|| format!("`{s}` is not a quoted string"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(match chars.next() {
                Some('n') => '\n',
                Some('t') => '\t',
                Some('r') => '\r',
                Some('\\') => '\\',
                Some('"') => '"',
                Some('a') => '\u{7}',
                Some('b') => '\u{8}',
                Some('f') => '\u{c}',
                Some('v') => '\u{b}',
                Some(other) => return Err(format!("`\\{other}` is not an escape PO files use")),
                None => return Err("a string ends in `\\`".into()),
            }),
            '"' => return Err(format!("an unescaped `\"` inside {s}")),
            c => out.push(c),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_messages_flags_and_continuations() {
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"X-Source-Language: nl\\n\"\n\n\
                  #: a.yaml:3\n#, fuzzy\n#| msgctxt \"k/1\"\n#| msgid \"old\"\nmsgctxt \"k/1\"\n\
                  msgid \"\"\n\"two\\n\"\n\"lines\"\nmsgstr \"deux \\\"x\\\"\"\n\n\
                  msgctxt \"k/2\"\nmsgid \"b\"\nmsgstr \"\"\n\n#~ msgid \"gone\"\n#~ msgstr \"parti\"\n";
        let catalog = parse(po).unwrap();
        assert_eq!(catalog.header["Language"], "fr");
        assert_eq!(catalog.header["X-Source-Language"], "nl");
        assert_eq!(
            catalog.messages,
            vec![
                Message {
                    context: Some("k/1".into()),
                    id: "two\nlines".into(),
                    translation: "deux \"x\"".into(),
                    fuzzy: true,
                    line: 7,
                },
                Message {
                    context: Some("k/2".into()),
                    id: "b".into(),
                    translation: String::new(),
                    fuzzy: false,
                    line: 16,
                },
            ]
        );
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        let err = |po: &str| parse(po).unwrap_err();
        assert_eq!(err("msgid \"a\"\nmsgid_plural \"b\"\n").line, 2);
        assert_eq!(
            err("msgid \"a\\q\"\nmsgstr \"\"\n").message,
            "`\\q` is not an escape PO files use"
        );
        assert_eq!(
            err("msgctxt \"k\"\nmsgid \"a\"\n\nmsgctxt \"l\"\n").message,
            "a message without its `msgid` or `msgstr`"
        );
        assert_eq!(
            err("msgstr \"a\"\nfoo \"b\"\n").message,
            "`foo` is not a PO keyword"
        );
    }
}
