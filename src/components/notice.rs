//! What a viewer tells its host: the embedding surface turns these into
//! DOM events (`rmp-ready`, `rmp-error`, `rmp-toggle`, `rmp-navigate`).

use leptos::prelude::*;
use rmp_model::Diagnostic;

/// One thing that happened in a viewer.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A document is shown.
    Ready {
        /// "ルンスミオ — 医薬品リスク管理計画書".
        title: String,
        /// How many safety concerns.
        concerns: usize,
        /// How many activities on the board.
        activities: usize,
        /// How many validation warnings.
        warnings: usize,
    },
    /// A document cannot be shown: the first error.
    Error(Diagnostic),
    /// A risk card opened or closed.
    Toggle {
        /// The concern's id.
        risk: String,
        /// Whether it is open now.
        open: bool,
    },
    /// The reader moved to another place.
    Navigate {
        /// The view's name (`summary`, `risks`, `board`…).
        view: &'static str,
        /// The card or activity named, if any.
        target: Option<String>,
    },
}

/// A listener for notices.
type Listener = Box<dyn Fn(Notice)>;

/// Where notices go; nowhere by default. Owned by the viewer: once it is
/// unmounted, late notices (a slow fetch, a pending frame) are dropped.
#[derive(Clone, Copy, Default)]
pub struct Notify(Option<StoredValue<Listener, LocalStorage>>);

impl Notify {
    /// Notices go to `listener`; create it inside the viewer's owner.
    pub fn to(listener: impl Fn(Notice) + 'static) -> Notify {
        Notify(Some(StoredValue::new_local(Box::new(listener))))
    }

    /// Sends a notice, if anybody listens.
    pub fn send(&self, notice: Notice) {
        if let Some(listener) = &self.0 {
            listener.try_with_value(|f| f(notice));
        }
    }
}
