//! Names as readers match them by eye: no hidden characters.

use super::*;

impl Validator<'_> {
    /// Names are what readers match by eye: a direction override or an
    /// invisible character makes two names look alike or reorders one.
    pub(super) fn hidden_characters(&mut self, name: &str, path: &str) {
        if let Some(c) = name.chars().find(|&c| is_hidden(c)) {
            self.warn(
                Code::HiddenCharacter,
                path,
                format!(
                    "the name contains the invisible character U+{:04X} ({}); it is shown, isolated, but may not read as it looks",
                    c as u32,
                    hidden_name(c)
                ),
            );
        }
    }
}

/// Direction controls and zero-width characters.
fn is_hidden(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

fn hidden_name(c: char) -> &'static str {
    match c {
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}' => "a text-direction control",
        _ => "a zero-width character",
    }
}
