//! Where a viewer may load documents from. A link can put any address into
//! `?src=`; the portal's page must not show a forged RMP under its own
//! address. So: the page's own origin, and the origins the portal names
//! (`allowed-origins`, or `<meta name="rmp-allowed-origins">`), over http(s)
//! only — never `data:`, `blob:`, `javascript:` or `file:`. The caller
//! resolves the address with the browser's URL parser and checks it twice:
//! before the request, and on the response's final URL after redirects.

use rmp_model::{Code, Diagnostic};

/// The origins a viewer may load documents from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourcePolicy {
    /// The page's own origin (`https://portal.example`; `null` for a file opened from disk).
    pub own: String,
    /// Further origins the portal names.
    pub allowed: Vec<String>,
}

impl SourcePolicy {
    /// The page's origin and the origins named in `allowed` (separated by
    /// spaces or commas; each an origin such as `https://rmp.example.com`).
    pub fn new(own: &str, allowed: &str) -> SourcePolicy {
        SourcePolicy {
            own: own.to_string(),
            allowed: allowed
                .split(|c: char| c.is_whitespace() || c == ',')
                .map(|o| o.trim_end_matches('/').to_ascii_lowercase())
                .filter(|o| !o.is_empty())
                .collect(),
        }
    }

    /// Adds the origins named in `allowed` (same form as [`SourcePolicy::new`]).
    pub fn allow(mut self, allowed: &str) -> SourcePolicy {
        let more = SourcePolicy::new("", allowed).allowed;
        for origin in more {
            if !self.allowed.contains(&origin) {
                self.allowed.push(origin);
            }
        }
        self
    }

    /// Whether a document at `url` (as resolved: its `protocol` such as
    /// `https:` and its `origin`) may be shown.
    pub fn check(&self, url: &str, protocol: &str, origin: &str) -> Result<(), Diagnostic> {
        let protocol = protocol.to_ascii_lowercase();
        if protocol != "https:" && protocol != "http:" {
            return Err(Diagnostic::failure(
                Code::UntrustedSource,
                format!(
                    "{} is not loaded: documents come from http or https addresses only, not {protocol} addresses.",
                    shorten(url)
                ),
            ));
        }
        let origin = origin.to_ascii_lowercase();
        let own = origin != "null" && origin == self.own.to_ascii_lowercase();
        if own || self.allowed.contains(&origin) {
            return Ok(());
        }
        Err(Diagnostic::failure(
            Code::UntrustedSource,
            format!(
                "{} is not loaded: it is on {origin}, and this page shows documents from its own origin ({}) only{}. A portal can name other origins it trusts (allowed-origins).",
                shorten(url),
                self.own,
                if self.allowed.is_empty() {
                    String::new()
                } else {
                    format!(" and from {}", self.allowed.join(", "))
                }
            ),
        ))
    }
}

/// An address in a message: long ones (a `data:` URL) cut to their start.
pub fn shorten(url: &str) -> String {
    const MAX: usize = 120;
    if url.chars().count() <= MAX {
        url.to_string()
    } else {
        format!("{}…", url.chars().take(MAX).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_own_origin_and_named_origins_only() {
        let p = SourcePolicy::new(
            "https://portal.example",
            "https://rmp.example.com/, HTTPS://Other.example",
        );
        assert!(p
            .check(
                "https://portal.example/a.json",
                "https:",
                "https://portal.example"
            )
            .is_ok());
        assert!(p
            .check(
                "https://rmp.example.com/a.json",
                "https:",
                "https://rmp.example.com"
            )
            .is_ok());
        assert!(p
            .check(
                "https://other.example/a.json",
                "https:",
                "https://other.example"
            )
            .is_ok());
        let e = p
            .check(
                "https://evil.example/a.json",
                "https:",
                "https://evil.example",
            )
            .unwrap_err();
        assert_eq!(e.code, "untrusted-source");
        assert!(
            e.message.contains("https://evil.example")
                && e.message.contains("https://portal.example")
        );
    }

    #[test]
    fn never_data_blob_javascript_or_file() {
        let p = SourcePolicy::new("https://portal.example", "");
        for (url, protocol, origin) in [
            ("data:application/json,{}", "data:", "null"),
            (
                "blob:https://portal.example/1",
                "blob:",
                "https://portal.example",
            ),
            ("javascript:alert(1)", "javascript:", "null"),
            ("file:///tmp/a.json", "file:", "null"),
        ] {
            assert_eq!(
                p.check(url, protocol, origin).unwrap_err().code,
                "untrusted-source",
                "{url}"
            );
        }
    }

    #[test]
    fn a_page_from_disk_trusts_no_origin_by_itself() {
        let p = SourcePolicy::new("null", "");
        assert!(p.check("http://x.example/a.json", "http:", "null").is_err());
        assert!(p
            .check("http://x.example/a.json", "http:", "http://x.example")
            .is_err());
        let p = p.allow("http://x.example");
        assert!(p
            .check("http://x.example/a.json", "http:", "http://x.example")
            .is_ok());
    }
}
