//! The JSON Schema of the format, generated from the field tables so that
//! editors complete and check exactly what the reader accepts. Draft-07:
//! the draft that the YAML language server (VS Code's YAML extension)
//! supports fully.

use serde_json::{Map, Value, json};

use super::{CODEBOOK, CONSENT, FORM, LETTER, Mapping, STUDY, Shape};

/// Which file a schema describes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SchemaFile {
    Study,
    Questionnaire,
    Codebook,
}

impl SchemaFile {
    pub const ALL: [SchemaFile; 3] = [
        SchemaFile::Study,
        SchemaFile::Questionnaire,
        SchemaFile::Codebook,
    ];

    /// The file name of the committed copy and of `enquete schema --out`.
    pub fn file_name(self) -> &'static str {
        match self {
            SchemaFile::Study => "study.json",
            SchemaFile::Questionnaire => "questionnaire.json",
            SchemaFile::Codebook => "codebook.json",
        }
    }
}

/// The schema as pretty-printed JSON with a final newline.
pub fn schema_text(file: SchemaFile) -> String {
    let mut text = serde_json::to_string_pretty(&schema(file)).unwrap_or_default();
    text.push('\n');
    text
}

pub fn schema(file: SchemaFile) -> Value {
    let mut defs = Map::new();
    defs.insert("text".into(), text_schema());
    defs.insert(
        "plain".into(),
        json!({ "type": ["string", "number", "boolean"] }),
    );
    defs.insert(
        "id".into(),
        json!({
            "description": "Lowercase letters, digits, `-` and `_`, at most 64 characters.",
            "anyOf": [
                { "type": "string", "pattern": "^[a-z0-9_-]{1,64}$" },
                { "type": "integer", "minimum": 0 }
            ]
        }),
    );
    defs.insert(
        "duration".into(),
        json!({
            "description": "Planned minutes: `60`, or a range such as \"60-90\".",
            "anyOf": [
                { "type": "integer", "minimum": 1, "maximum": 1440 },
                { "type": "string", "pattern": "^\\s*[0-9]+\\s*([-–]\\s*[0-9]+\\s*)?$" }
            ]
        }),
    );
    defs.insert(
        "variables".into(),
        json!({
            "type": "object",
            "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_-]*$" },
            "additionalProperties": { "$ref": "#/definitions/text" }
        }),
    );
    let (title, root) = match file {
        SchemaFile::Study => {
            add_mapping(&STUDY, &mut defs);
            (
                "enquete study.yaml",
                json!({ "$ref": "#/definitions/study" }),
            )
        }
        SchemaFile::Questionnaire => {
            for m in [&FORM, &CONSENT, &LETTER] {
                add_mapping(m, &mut defs);
            }
            ("enquete questionnaire", document_root())
        }
        SchemaFile::Codebook => {
            add_mapping(&CODEBOOK, &mut defs);
            (
                "enquete codebook.yaml",
                json!({ "$ref": "#/definitions/codebook" }),
            )
        }
    };
    let mut out = Map::new();
    out.insert(
        "$schema".into(),
        json!("http://json-schema.org/draft-07/schema#"),
    );
    out.insert("title".into(), json!(title));
    if let Value::Object(root) = root {
        out.extend(root);
    }
    out.insert("definitions".into(), Value::Object(defs));
    Value::Object(out)
}

/// Translatable text: a string (numbers and booleans count as their
/// source text), or a mapping from language code to string.
fn text_schema() -> Value {
    json!({
        "description": "Text in the default language, or a mapping from language code to text, e.g. { nl: Ja, en: Yes }. Markdown; `{ $name }` inserts a variable.",
        "anyOf": [
            { "type": ["string", "number", "boolean"] },
            {
                "type": "object",
                "propertyNames": { "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
                "additionalProperties": { "type": ["string", "number", "boolean"] }
            }
        ]
    })
}

/// A questionnaire file: the allowed fields follow `kind`.
fn document_root() -> Value {
    let branch = |kinds: &[&str], def: &str| {
        json!({
            "if": { "properties": { "kind": { "enum": kinds } }, "required": ["kind"] },
            "then": { "$ref": format!("#/definitions/{def}") }
        })
    };
    json!({
        "type": "object",
        "required": ["kind"],
        "properties": { "kind": { "enum": super::KINDS } },
        "allOf": [
            branch(&["interview", "survey"], FORM.name),
            branch(&["consent"], CONSENT.name),
            branch(&["letter"], LETTER.name),
        ]
    })
}

fn add_mapping(mapping: &'static Mapping, defs: &mut Map<String, Value>) {
    if defs.contains_key(mapping.name) {
        return;
    }
    // Reserve the name first: mappings refer to each other.
    defs.insert(mapping.name.into(), Value::Null);
    let mut properties = Map::new();
    for f in mapping.fields {
        let shape = shape_schema(f.shape, defs);
        // Draft-07 ignores the siblings of `$ref`: a reference gets its
        // description through `allOf`.
        let property = match shape {
            Value::Object(mut p) if !p.contains_key("$ref") => {
                p.insert("description".into(), json!(f.doc));
                Value::Object(p)
            }
            reference => json!({ "description": f.doc, "allOf": [reference] }),
        };
        properties.insert(f.name.into(), property);
    }
    let required: Vec<&str> = mapping
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name)
        .collect();
    let mut def = Map::new();
    def.insert("description".into(), json!(mapping.doc));
    def.insert("type".into(), json!("object"));
    def.insert("properties".into(), Value::Object(properties));
    if !required.is_empty() {
        def.insert("required".into(), json!(required));
    }
    def.insert("additionalProperties".into(), json!(false));
    defs.insert(mapping.name.into(), Value::Object(def));
}

fn shape_schema(shape: Shape, defs: &mut Map<String, Value>) -> Value {
    let reference = |name: &str| json!({ "$ref": format!("#/definitions/{name}") });
    match shape {
        Shape::Text => reference("text"),
        Shape::Plain => reference("plain"),
        Shape::Id => reference("id"),
        Shape::OneOf(words) => json!({ "enum": words }),
        Shape::Integer => json!({ "type": "integer" }),
        Shape::Bool => json!({ "type": "boolean" }),
        Shape::Duration => reference("duration"),
        Shape::PlainList => json!({ "type": "array", "items": { "$ref": "#/definitions/plain" } }),
        Shape::TextList => json!({ "type": "array", "items": { "$ref": "#/definitions/text" } }),
        Shape::TextMap => reference("variables"),
        Shape::Map(m) => {
            add_mapping(m, defs);
            reference(m.name)
        }
        Shape::List(m) => {
            add_mapping(m, defs);
            json!({ "type": "array", "items": { "$ref": format!("#/definitions/{}", m.name) } })
        }
    }
}
