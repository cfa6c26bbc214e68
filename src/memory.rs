//! Giving freed memory back to the system between the stages of a long
//! command.
//!
//! The allocator (mimalloc, the binary's global allocator) keeps the pages
//! of freed memory for the thread that allocated them. A merge reads its
//! records on the worker threads and drops them on the main thread, one by
//! one as the workbook is made from them; without this, their pages would
//! stay beside the workbook's new ones (about 50 MB more at the peak of a
//! merge of 10,000 interviews, see benches/merge.sh).

/// Returns the memory freed so far on every thread of the pool, and on
/// this one, to the system.
pub fn release_freed() {
    // SAFETY: `mi_collect` frees nothing in use: it walks the calling
    // thread's own heap (and abandoned pages) for free pages, and is
    // documented as callable at any time, from any thread.
    rayon::broadcast(|_| unsafe { libmimalloc_sys::mi_collect(true) });
    unsafe { libmimalloc_sys::mi_collect(true) };
}
