//! REFI-QDA: the exchange format that ATLAS.ti, MAXQDA, NVivo, QDA Miner,
//! Quirkos and Transana read and write (REFI-QDA Standard 1.5). The
//! codebook exchange (`.qdc`) carries a study's codebook alone; the
//! project exchange (`.qdpx`) carries it with the interviews.

mod cases;
pub mod codebook;
pub mod guid;
pub mod project;
pub mod source;
mod xml;
