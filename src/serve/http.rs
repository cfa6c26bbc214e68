//! Just enough HTTP/1.1 for a browser on the same machine: GET and HEAD,
//! one request per connection (`Connection: close`), and server-sent
//! events. Knows nothing of studies; [`super`] decides what to answer.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// Longest request head read: a browser's is under 2 KiB.
const MAX_HEAD_BYTES: usize = 16 * 1024;
/// A connection that sends no complete request in this time is closed.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Request {
    pub method: String,
    /// The path as sent, without the query (`/en/guide/index.html`).
    pub path: String,
    pub host: Option<String>,
}

/// Reads the request line and headers. `Err` carries the status to answer
/// with (400 for anything malformed or too long).
pub fn read_request(stream: &TcpStream) -> Result<Request, u16> {
    let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
    let mut reader = BufReader::new(stream).take(MAX_HEAD_BYTES as u64);
    let mut line = String::new();
    if reader.read_line(&mut line).map_err(|_| 400u16)? == 0 {
        return Err(400);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target), Some(version)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(400);
    };
    if !version.starts_with("HTTP/1.") {
        return Err(505);
    }
    let mut host = None;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).map_err(|_| 400u16)? == 0 || !header.ends_with('\n') {
            // The head ended early or was too long.
            return Err(400);
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("host")
        {
            host = Some(value.trim().to_string());
        }
    }
    let path = target.split(['?', '#']).next().unwrap_or("").to_string();
    Ok(Request {
        method: method.to_string(),
        path,
        host,
    })
}

/// Writes a whole response and ends it. `body` is left out for HEAD.
pub fn respond(
    mut stream: &TcpStream,
    status: u16,
    headers: &[(&str, &str)],
    body: &[u8],
    head_only: bool,
) {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    // A 204 has no body, and says nothing of its length.
    if status != 204 {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str(
        "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
    );
    // A browser that went away mid-answer needs nothing more.
    let _ = stream.write_all(head.as_bytes());
    if !head_only {
        let _ = stream.write_all(body);
    }
    let _ = stream.flush();
}

/// Starts a stream of server-sent events; the caller then writes events.
pub fn start_events(mut stream: &TcpStream) -> std::io::Result<()> {
    stream.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
    )?;
    stream.flush()
}

/// One server-sent event; every line of `data` becomes a `data:` line, so
/// that the browser receives the text as it was.
pub fn event(name: &str, data: &str) -> String {
    let mut out = format!("event: {name}\n");
    for line in data.split('\n') {
        out.push_str("data: ");
        out.push_str(line.strip_suffix('\r').unwrap_or(line));
        out.push('\n');
    }
    out.push('\n');
    out
}

/// The site path a request path names (`/en/` → `en/index.html`), decoded;
/// `None` for a path that is not valid UTF-8 once decoded or that climbs
/// (`..`). Only paths of the site in memory are ever answered, so no path
/// can reach a file on disk; this keeps the names unambiguous.
pub fn site_path(request_path: &str) -> Option<String> {
    let decoded = percent_decode(request_path.strip_prefix('/')?)?;
    let mut segments = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            s if s.contains('\\') || s.contains('\0') => return None,
            s => segments.push(s),
        }
    }
    if decoded.is_empty() || decoded.ends_with('/') {
        segments.push("index.html");
    }
    Some(segments.join("/"))
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The Content-Type of a site file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map_or("", |(_, e)| e);
    match extension.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_name_site_files_only() {
        assert_eq!(site_path("/").as_deref(), Some("index.html"));
        assert_eq!(site_path("/en/").as_deref(), Some("en/index.html"));
        assert_eq!(site_path("/en").as_deref(), Some("en"));
        assert_eq!(
            site_path("/en/guide/index.html").as_deref(),
            Some("en/guide/index.html")
        );
        assert_eq!(site_path("/a%20b/./c.css").as_deref(), Some("a b/c.css"));
        assert_eq!(site_path("/../study.yaml"), None);
        assert_eq!(site_path("/en/%2e%2e/%2e%2e/etc/passwd"), None);
        assert_eq!(site_path("/a%5c..%5cb"), None);
        assert_eq!(site_path("/%ff"), None);
        assert_eq!(site_path("/%4"), None);
        assert_eq!(site_path("no-slash"), None);
    }

    #[test]
    fn events_keep_every_line() {
        assert_eq!(
            event("errors", "a\nb"),
            "event: errors\ndata: a\ndata: b\n\n"
        );
        assert_eq!(event("build", "3"), "event: build\ndata: 3\n\n");
    }
}
