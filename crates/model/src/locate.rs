//! Where a parse error is: the JSON path of the value at a byte offset,
//! found by scanning the text once, without a second typed parse.

/// One open container while scanning.
enum Frame {
    /// An object, with the key whose value is being read.
    Object(Option<String>),
    /// An array, with the index of the element being read.
    Array(usize),
}

/// The JSON path (`lists.rm.additional[1].status`) of the value that the
/// byte at `offset` belongs to; `.` for the root. An offset on a closing
/// `}` or `]` names the container itself (a field is missing from it).
pub fn path_at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let (mut in_string, mut escaped, mut in_key) = (false, false, false);
    let mut expect_key = false;
    let mut key: Vec<u8> = Vec::new();
    for &b in bytes.iter().take(end) {
        if in_string {
            if escaped {
                escaped = false;
                if in_key {
                    key.push(b);
                }
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
                if in_key {
                    in_key = false;
                    if let Some(Frame::Object(k)) = stack.last_mut() {
                        *k = Some(String::from_utf8_lossy(&key).into_owned());
                    }
                }
            } else if in_key {
                key.push(b);
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                if expect_key && matches!(stack.last(), Some(Frame::Object(_))) {
                    in_key = true;
                    expect_key = false;
                    key.clear();
                }
            }
            b'{' => {
                stack.push(Frame::Object(None));
                expect_key = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
                expect_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(i)) => *i += 1,
                Some(Frame::Object(k)) => {
                    *k = None;
                    expect_key = true;
                }
                None => {}
            },
            _ => {}
        }
    }
    // Still inside a key: the path ends with that key (an unknown field).
    if in_key {
        if let Some(Frame::Object(k)) = stack.last_mut() {
            *k = Some(String::from_utf8_lossy(&key).into_owned());
        }
    }
    if matches!(bytes.get(end), Some(b'}' | b']')) {
        match stack.last_mut() {
            Some(Frame::Object(k)) => *k = None,
            Some(Frame::Array(_)) => {
                stack.pop();
                // The array is the value of its parent's current key or index.
                return render(&stack);
            }
            None => {}
        }
    }
    render(&stack)
}

/// The path of the open containers; `.` for the root.
fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object(Some(k)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object(None) => {}
            Frame::Array(i) => path.push_str(&format!("[{i}]")),
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// The byte offset of a 1-based line and byte column (as serde_json reports them).
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    (start + column.saturating_sub(1)).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, needle: &str) -> String {
        path_at(text, text.find(needle).unwrap() + needle.len() - 1)
    }

    #[test]
    fn paths_of_values_keys_and_closing_brackets() {
        let t = r#"{"a": {"b": [1, {"c": "x\"y", "d": 5}], "e": "v"}}"#;
        assert_eq!(at(t, "5"), "a.b[1].d");
        assert_eq!(at(t, r#""v""#), "a.e");
        assert_eq!(at(t, r#"x\"y""#), "a.b[1].c");
        assert_eq!(at(t, r#""e""#), "a.e");
        assert_eq!(at(t, "5}"), "a.b[1]");
        assert_eq!(at(t, "}]"), "a.b");
        assert_eq!(path_at(t, 0), ".");
        assert_eq!(offset_of("ab\ncd", 2, 2), 4);
    }
}
