//! The labels of the catalog and of the comparison of versions, one table
//! per language, as in [`crate::text`]: a viewer that shows one RMP does not
//! carry them.

use super::diff::ChangeKind;
use super::labels::labels;

labels! {
    catalog_title: "RMP 一覧" / "Risk Management Plans",
    catalog_filters: "絞り込み" / "Filter",
    catalog_text: "製品名・一般名・会社名" / "Product, ingredient or company",
    catalog_concern: "安全性検討事項" / "Safety concern",
    catalog_any_category: "すべての分類" / "All categories",
    catalog_category: "分類" / "Category",
    catalog_kind: "活動の種類" / "Kind of activity",
    catalog_any_kind: "すべての種類" / "Every kind",
    catalog_status: "実施状況" / "Status",
    catalog_any_status: "すべての状況" / "Every status",
    catalog_sort: "並び順" / "Order",
    catalog_newest: "提出日の新しい順" / "Latest submission first",
    catalog_oldest: "提出日の古い順" / "Earliest submission first",
    catalog_shown: "{shown} 件（全 {total} 件）" / "{shown} of {total}",
    catalog_more: "さらに表示" / "Show more",
    catalog_none: "条件に合う RMP はありません" / "No RMP matches",
    catalog_product: "製品名" / "Product",
    catalog_company: "会社名" / "Company",
    catalog_concerns: "安全性検討事項" / "Safety concerns",
    catalog_activities: "追加の活動" / "Additional activities",
    catalog_versions: "前の版" / "Earlier version",
    catalog_back: "RMP 一覧に戻る" / "Back to the list of RMPs",
    catalog_newer: "この版は最新ではありません。最新の版：" / "This is not the current version. The current one: ",
    catalog_missing: "この一覧にその RMP はありません：" / "The list has no RMP of this id: ",
    catalog_problems: "索引にできなかったファイル" / "Files not in the list",
    catalog_search: "すべての RMP を検索" / "Search every RMP",
    catalog_search_placeholder: "例：間質性肺疾患" / "e.g. 間質性肺疾患",
    catalog_hits: "{n} 件" / "{n} found",
    catalog_hits_more: "（最初の {n} 件を表示）" / " (the first {n} shown)",
    changes_since: "{since} 以降の変更" / "Changes since {since}",
    changes_count: "（{n} 件）" / " ({n})",
    changes_none: "変更はありません" / "No changes",
    changes_other_product: "比較元は別の製品の RMP です。同じ製品の 2 つの版ではないため、変更の一覧は版の違いを表しません。" / "The comparison is with another product's RMP: these are not two versions of one product, so the list does not show what changed between versions.",
    changes_explain: "2 つの版を比べて見つけた変更です。文書自身の記録は品目の概要の「変更の履歴」にあります。比較元の版の提出日：" / "Found by comparing the two versions; the document's own record is the change history in the product overview. Compared with the version submitted on ",
    changes_failed: "比較元の版を読み込めないため、変更点は示せません：" / "The earlier version could not be loaded, so no changes are shown: ",
    change_new: "新規" / "New",
    change_changed: "変更あり" / "Changed",
    change_added: "追加" / "Added",
    change_removed: "削除" / "Removed",
    change_renamed: "名称変更" / "Renamed",
    change_moved: "分類変更" / "Moved",
    change_status: "実施状況" / "Status",
    change_text: "変更" / "Changed",
}

impl Texts {
    /// `{since} 以降の変更` with its date.
    pub fn changes_since(&self, since: &str) -> String {
        self.changes_since.replace("{since}", since)
    }

    /// What a change did, in a word.
    pub fn change(&self, kind: ChangeKind) -> &'static str {
        use ChangeKind::*;
        match kind {
            ConcernAdded | CohortAdded | EventAdded | ActivityAdded => self.change_added,
            ConcernRemoved | CohortRemoved | EventRemoved | ActivityRemoved => self.change_removed,
            ConcernRenamed | ActivityRenamed => self.change_renamed,
            ConcernMoved => self.change_moved,
            StatusChanged => self.change_status,
            ReasonChanged
            | ConcernActivitiesChanged
            | CellChanged
            | MilestoneChanged
            | PeriodChanged
            | ReportChanged
            | TargetChanged
            | OverviewChanged => self.change_text,
        }
    }

    /// A count put into a label with `{n}`.
    pub fn count(label: &str, n: usize) -> String {
        label.replace("{n}", &n.to_string())
    }
}
