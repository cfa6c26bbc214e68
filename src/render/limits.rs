//! Bounds on rendering a page with a study's own templates: a template is
//! a program, and a loop such as `range(end=100000)` inside another can run
//! for hours or fill the memory. Each page gets a time limit and a size
//! limit, and `range()` checks the clock, so that such a template ends in a
//! clear error naming it instead of a hung or killed build.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tera::{Error, Kwargs, State, TeraResult};

/// Longest a single page may take to render.
pub const PAGE_TIME: Duration = Duration::from_secs(5);

/// Largest page a template may produce.
pub const MAX_PAGE_BYTES: usize = 64 * 1024 * 1024;

/// Most numbers one `range()` call may produce.
const MAX_RANGE_LEN: i128 = 10_000;

/// The context variable that carries a page's deadline to `range()`, in
/// milliseconds since the epoch (templates see only numbers).
pub const DEADLINE_VAR: &str = "enquete_render_deadline_ms";

/// The deadline of a page whose rendering starts now, as [`DEADLINE_VAR`].
pub fn deadline_ms() -> i64 {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    (now + PAGE_TIME).as_millis() as i64
}

fn past(deadline_ms: i64) -> bool {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    now.as_millis() as i64 > deadline_ms
}

fn too_slow() -> Error {
    Error::message(format!(
        "rendering this page took longer than {} s (a loop too large?)",
        PAGE_TIME.as_secs()
    ))
}

/// Writes between two looks at the clock: Tera writes a page in thousands
/// of small pieces, and reading the clock for each was 4% of a large build.
const WRITES_PER_CLOCK_CHECK: u32 = 256;

/// Collects a page, failing once it is too large or too late.
pub struct BoundedWriter {
    pub bytes: Vec<u8>,
    deadline: Instant,
    writes_until_clock_check: u32,
}

impl Default for BoundedWriter {
    fn default() -> Self {
        BoundedWriter {
            // A large form page (60-130 KB), so that the buffer rarely
            // grows: each doubling copies the page written so far.
            bytes: Vec::with_capacity(128 * 1024),
            deadline: Instant::now() + PAGE_TIME,
            writes_until_clock_check: WRITES_PER_CLOCK_CHECK,
        }
    }
}

impl std::io::Write for BoundedWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    // Tera writes a page in thousands of small pieces: one call each, not
    // the default loop around `write`.
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        if self.bytes.len() + buf.len() > MAX_PAGE_BYTES {
            return Err(std::io::Error::other(format!(
                "this page would be larger than {} MiB",
                MAX_PAGE_BYTES / (1024 * 1024)
            )));
        }
        self.writes_until_clock_check -= 1;
        if self.writes_until_clock_check == 0 {
            self.writes_until_clock_check = WRITES_PER_CLOCK_CHECK;
            if Instant::now() > self.deadline {
                return Err(std::io::Error::other(too_slow().to_string()));
            }
        }
        self.bytes.extend_from_slice(buf);
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Tera's `range(start, end, step_by)`, with fewer numbers allowed and the
/// page's clock checked on every call (a nested loop calls it each time
/// round the outer one).
pub fn range(kwargs: Kwargs, state: &State) -> TeraResult<Vec<i64>> {
    if let Some(deadline) = state.get::<i64>(DEADLINE_VAR)?
        && past(deadline)
    {
        return Err(too_slow());
    }
    let start = kwargs.get::<i64>("start")?.unwrap_or_default();
    let end = kwargs.must_get::<i64>("end")?;
    let step = kwargs.get::<i64>("step_by")?.unwrap_or(1);
    if step == 0 {
        return Err(Error::message("`range` was called with `step_by=0`"));
    }
    let len = if (step > 0 && end > start) || (step < 0 && end < start) {
        let span = i128::from(end) - i128::from(start);
        let step = i128::from(step);
        (span + step - step.signum()) / step
    } else {
        0
    };
    if len > MAX_RANGE_LEN {
        return Err(Error::message(format!(
            "`range` would produce {len} numbers; at most {MAX_RANGE_LEN}"
        )));
    }
    Ok((0..len as i64).map(|i| start + i * step).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(template: &str) -> Result<String, String> {
        let mut tera = tera::Tera::new();
        tera.register_function("range", range);
        tera.add_raw_template("t", template)
            .map_err(|e| e.to_string())?;
        let mut ctx = tera::Context::new();
        ctx.insert(DEADLINE_VAR, &deadline_ms());
        let mut out = BoundedWriter::default();
        tera.render_to("t", &ctx, &mut out)
            .map_err(|e| format!("{e:?}"))?;
        Ok(String::from_utf8(out.bytes).unwrap())
    }

    #[test]
    fn range_as_tera_has_it() {
        assert_eq!(
            render("{% for i in range(end=3) %}{{ i }}{% endfor %}").unwrap(),
            "012"
        );
        assert_eq!(
            render("{% for i in range(start=5, end=0, step_by=-2) %}{{ i }}{% endfor %}").unwrap(),
            "531"
        );
        assert_eq!(
            render("{% for i in range(end=0) %}x{% endfor %}").unwrap(),
            ""
        );
    }

    #[test]
    fn a_page_past_its_deadline_fails_within_a_few_hundred_writes() {
        use std::io::Write as _;
        let mut out = BoundedWriter {
            deadline: Instant::now() - Duration::from_millis(1),
            ..BoundedWriter::default()
        };
        let e = (0..WRITES_PER_CLOCK_CHECK)
            .find_map(|_| out.write(b"x").err())
            .expect("a write fails");
        assert!(e.to_string().contains("took longer than 5 s"), "{e}");
    }

    #[test]
    fn huge_ranges_are_refused() {
        let e = render("{% for i in range(end=100000) %}{% endfor %}").unwrap_err();
        assert!(
            e.contains("`range` would produce 100000 numbers; at most 10000"),
            "{e}"
        );
    }
}
