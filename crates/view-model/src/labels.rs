//! The one way a table of interface labels is declared: a row per key,
//! both languages on it (see [`crate::text`] and [`crate::portal_text`]).

/// Declares [`Texts`] and its two tables, [`JA`] and [`EN`], from one row per
/// key: `key: "日本語" / "English",`. A key missing a language does not compile.
macro_rules! labels {
    ($($key:ident: $ja:literal / $en:literal,)*) => {
        /// The labels of one language.
        #[derive(Debug)]
        pub struct Texts {
            $(#[doc = $ja] pub $key: &'static str,)*
        }

        /// 日本語.
        pub static JA: Texts = Texts { $($key: $ja,)* };

        /// English.
        pub static EN: Texts = Texts { $($key: $en,)* };

        /// Every key, for the test that each one is read somewhere.
        pub const KEYS: &[&str] = &[$(stringify!($key),)*];
    };
}
pub(crate) use labels;
