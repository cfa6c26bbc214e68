//! The mappings of `codebook.yaml`, the optional coding frame for
//! analysis. A code refers to itself: codes hold codes, to any depth.

use super::{Mapping, Shape, field, required};

pub static CODEBOOK: Mapping = Mapping {
    name: "codebook",
    what: "codebook.yaml",
    doc: "codebook.yaml (optional, at the study root): the coding frame for analysis.",
    fields: &[required(
        "codes",
        Shape::List(&CODE),
        "The codes, in order; each may hold codes of its own.",
    )],
};

pub static CODE: Mapping = Mapping {
    name: "code",
    what: "a code",
    doc: "A code of the codebook: a theme to which passages of answers are assigned.",
    fields: &[
        required(
            "id",
            Shape::Id,
            "The code's id, unique in the whole codebook; questions name it in `codes:`.",
        ),
        required("name", Shape::Text, "The code's name, as analysts read it."),
        field(
            "description",
            Shape::Text,
            "What the code covers: its memo in analysis software.",
        ),
        field(
            "colour",
            Shape::Plain,
            "A colour for the code in analysis software, `\"#rrggbb\"`.",
        ),
        field(
            "codes",
            Shape::List(&CODE),
            "Codes under this one, to any depth.",
        ),
    ],
};
