//! `datapackage.json`: a Frictionless Data Package (v1) with a Table
//! Schema per CSV, so that R, pandas and `frictionless validate` read the
//! types, the labels and the allowed values without guessing.

use serde_json::{Map, Value, json};

use super::columns::{Table, Type};
use crate::model::Study;

pub fn render(study: &Study, tables: &[Table]) -> String {
    let title = study
        .title
        .get(&study.default_language)
        .or_else(|| study.title.first().map(|(_, p)| p))
        .map(|p| p.source.trim().to_string())
        .unwrap_or_default();
    let resources: Vec<Value> = tables.iter().map(resource).collect();
    let package = json!({
        "profile": "tabular-data-package",
        "name": format!("enquete-{}", study.key),
        "title": title,
        "resources": resources,
    });
    let mut text = serde_json::to_string_pretty(&package).expect("JSON of strings");
    text.push('\n');
    text
}

fn resource(table: &Table) -> Value {
    let fields: Vec<Value> = table.columns.iter().map(field).collect();
    json!({
        "name": table.questionnaire,
        "title": table.title,
        "path": format!("answers/{}.csv", table.questionnaire),
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": { "delimiter": ",", "doubleQuote": true, "lineTerminator": "\r\n", "header": true },
        "schema": { "fields": fields, "primaryKey": ["respondent"], "missingValues": [""] },
    })
}

fn field(c: &super::columns::Column) -> Value {
    let mut f = Map::new();
    f.insert("name".into(), c.name.clone().into());
    f.insert("title".into(), c.title.clone().into());
    if !c.description.is_empty() {
        f.insert("description".into(), c.description.clone().into());
    }
    let kind = match c.kind {
        Type::String => "string",
        Type::Integer => "integer",
        Type::Number => "number",
        Type::Date => "date",
        Type::Datetime => "datetime",
        Type::Flag => "boolean",
    };
    f.insert("type".into(), kind.into());
    if c.kind == Type::Flag {
        f.insert("trueValues".into(), json!(["1"]));
        f.insert("falseValues".into(), json!(["0"]));
    }
    let mut constraints = Map::new();
    if c.name == "respondent" {
        constraints.insert("required".into(), true.into());
        constraints.insert("unique".into(), true.into());
    }
    if let Some(choices) = &c.choices {
        constraints.insert("enum".into(), choices.clone().into());
    }
    if !constraints.is_empty() {
        f.insert("constraints".into(), constraints.into());
    }
    Value::Object(f)
}
