//! Exporters: the validated study in another tool's format, read from
//! [`crate::model`] (never from the rendered pages), written atomically
//! like a site.

pub mod xlsform;
