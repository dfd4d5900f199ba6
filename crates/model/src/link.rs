//! Links a document may carry (where a material can be read): only
//! `https:`, `http:` and relative addresses become links.

/// The address to link to, or `None` when it must stay plain text
/// (`javascript:`, `data:`, `vbscript:` or any other scheme, control
/// characters that a browser would strip before reading the scheme, a
/// backslash, which a browser reads as `/` so that `/\host` is another
/// host, and `//host`, which looks relative but names another host).
pub fn safe_link(url: &str) -> Option<&str> {
    let url = url.trim_matches(' ');
    if url.is_empty() || url.chars().any(|c| c.is_control() || c == '\\') || url.starts_with("//") {
        return None;
    }
    let scheme_end = url.find([':', '/', '?', '#']);
    match scheme_end.map(|at| url.split_at(at)) {
        Some((scheme, rest)) if rest.starts_with(':') => {
            let allowed =
                scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http");
            allowed.then_some(url)
        }
        _ => Some(url),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_link;

    #[test]
    fn only_web_and_relative_addresses_link() {
        for ok in [
            "https://example.org/a.pdf",
            "HTTP://x",
            "materials/a.pdf",
            "/a?b=c:d",
            "#risk/crs",
        ] {
            assert_eq!(safe_link(ok), Some(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:x",
            "data:text/html,<script>",
            "vbscript:x",
            "java\tscript:x",
            "\u{1}https://x",
            "file:///etc/passwd",
            "//evil.example/a.pdf",
            "/\\evil.example/a.pdf",
            "\\\\evil.example\\a.pdf",
            "",
            " ",
        ] {
            assert_eq!(safe_link(bad), None, "{bad:?}");
        }
        assert_eq!(safe_link(" https://x "), Some("https://x"));
    }
}
