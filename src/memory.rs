//! Giving freed memory back to the system during a long command.
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

/// mimalloc's `mi_option_purge_delay`, 15 in its v2 and v3 `mimalloc.h`,
/// which libmimalloc-sys does not name.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// From now on, memory freed is given back to the system at once, not
/// 10 ms later. The workbook of a merge grows its XML buffers by
/// doubling: each step frees the old buffer just before the next, larger
/// one; with the delay, the process held both (a merge of 10,000
/// interviews peaked at 290-330 MB instead of 265 MB, for no measurable
/// gain in time).
pub fn purge_at_once() {
    // SAFETY: setting an option is documented as allowed at any time;
    // the purge delay is read each time memory is freed.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
}
